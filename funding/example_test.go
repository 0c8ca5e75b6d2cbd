package funding_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

func ExampleParseFiscalYear() {
	for _, s := range []string{"2017-18", "2017/18", "FY2017-18", "2017-2018", "2017-19"} {
		y, err := funding.ParseFiscalYear(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(y, y.Start(), y.End(), y.Days())
	}
	// Output:
	// 2017-18 2017-04-01 2018-03-31 365
	// 2017-18 2017-04-01 2018-03-31 365
	// 2017-18 2017-04-01 2018-03-31 365
	// 2017-18 2017-04-01 2018-03-31 365
	// funding: ParseFiscalYear("2017-19"): invalid syntax: want 18, the year after 2017 at offset 5
}

func ExampleFiscalYearOf() {
	last := time.Date(2018, time.March, 31, 23, 59, 0, 0, time.UTC)
	fmt.Println(funding.FiscalYearOf(last), funding.FiscalYearOf(last.Add(time.Minute)))
	// Output: 2017-18 2018-19
}

func ExamplePeriod_Spread() {
	p, _ := funding.ParsePeriod("2017-01-01/2017-12-31")
	years, _ := p.FiscalYears()
	fmt.Println(years)
	shares, _ := p.Spread(currency.Pounds(100))
	for _, s := range shares {
		fmt.Println(s.Year, s.Days, "days", s.Amount)
	}
	// Output:
	// [2016-17 2017-18]
	// 2016-17 90 days £24.66
	// 2017-18 275 days £75.34
}

func ExampleDate_Long() {
	d := funding.MustDate(2016, time.November, 28)
	fmt.Println(d.Long())
	fmt.Printf("%q\n", funding.Date{}.Long())
	// Output:
	// 28 November 2016
	// ""
}

func ExampleSource_Citation() {
	s := funding.Source{
		Title:     "Mayor invests £4 million to help tackle sexual violence",
		Publisher: "Mayor of London",
		Published: funding.MustDate(2016, time.November, 28),
	}
	fmt.Println(s.Citation())
	fmt.Println(s)
	// Output:
	// Mayor invests £4 million to help tackle sexual violence, Mayor of London, 28 November 2016
	// Mayor invests £4 million to help tackle sexual violence, Mayor of London, 2016-11-28
}

func ExampleParseCount() {
	for _, s := range []string{"about 9,000", "2,200", "four", "more than 2,000", "hundreds"} {
		c, err := funding.ParseCount(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %d, %v\n", c, c.Value(), c.Bound())
	}
	// Output:
	// about 9,000: 9000, about
	// 2,200: 2200, exact
	// 4: 4, exact
	// more than 2,000: 2000, more than
	// funding: ParseCount("hundreds"): invalid syntax: want a number at offset 0
}

func ExampleNewRate() {
	adults := funding.MustParseCount("around 24,000")
	r, _ := funding.NewRate(currency.Pounds(4_000_000), adults, "adult")
	fmt.Println(r, "exact:", r.IsExact())
	fmt.Println(r.WithRounding(0, currency.HalfEven).PerUnit())

	cases := funding.MustParseCount("about 1,200")
	r, _ = funding.NewRate(currency.MustParseFigure("£2.4m").Nominal(), cases, "case in scope")
	fmt.Println(r, "exact:", r.IsExact())
	// Output:
	// about £166.67 per adult exact: false
	// £167.00
	// about £2,000 per case in scope exact: true
}

func ExampleAllocation_Shares() {
	sarcs := funding.Allocation{
		ID:     "sarc",
		Amount: currency.Pounds(2_165_000),
		Count:  funding.MustParseCount("three"),
	}
	shares, _ := sarcs.Shares()
	fmt.Println(shares)
	// Output: [£721,666.67 £721,666.67 £721,666.66]
}

func ExampleAllocation_DescribeShares() {
	projects := funding.Allocation{
		ID:     "south-west",
		Amount: currency.Pounds(86_715_535),
		Count:  funding.MustParseCount("41"),
	}
	fmt.Println(projects.DescribeShares())
	// Output: 36 × £2,115,013.05 + 5 × £2,115,013.04
}

func ExamplePackage_Lines() {
	fig := currency.MustParseFigure
	p := funding.Package{
		ID:       "growth-deals-2014",
		Funder:   funding.Org{Name: "HM Government"},
		Headline: fig("£6 billion"),
		Partial:  true,
		Allocations: []funding.Allocation{{
			ID: "gm", Title: "Greater Manchester", Stated: fig("£170 million"), Partial: true,
			Allocations: []funding.Allocation{{ID: "gm-transport", Title: "Transport", Stated: fig("£50m")}},
		}},
	}
	lines, _ := p.Lines()
	for _, l := range lines {
		fmt.Printf("%s %s; %s\n", l.Allocation.Figure(), l.Path, l.Reconciled)
	}
	// Output:
	// £170m Greater Manchester; the named parts, £50,000,000, are part of "£170 million"; the unnamed remainder is between £119,500,000 and £120,500,000
	// £50m Greater Manchester › Transport;
}

func ExamplePackage_Reconcile() {
	p := funding.Package{
		ID:       "mopac-2016",
		Funder:   funding.Org{Name: "Mayor's Office for Policing and Crime"},
		Headline: currency.MustParseFigure("more than £4 million"),
		Allocations: []funding.Allocation{
			{ID: "rcc", Amount: currency.Pounds(1_260_000)},
			{ID: "sarc", Amount: currency.Pounds(2_165_000)},
			{ID: "development", Amount: currency.Pounds(100_000)},
			{ID: "interpreters", Amount: currency.Pounds(70_000)},
		},
	}
	r, err := p.Reconcile()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Status)
	fmt.Println(r)
	// Output:
	// unitemised
	// itemised £3,595,000 falls at least £405,000 short of "more than £4 million"
}

func ExamplePackage_Validate() {
	p := funding.Package{
		ID:     "bad",
		Funder: funding.Org{Name: "A funder", ID: "1164021"},
		Period: funding.Period{Start: funding.MustDate(2018, time.March, 31), End: funding.MustDate(2017, time.April, 1)},
		Allocations: []funding.Allocation{
			{ID: "a", Stated: currency.MustParseFigure("-£5m")},
			{ID: "b", Amount: currency.FromMinor(100, currency.EUR)},
		},
	}
	err := p.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, funding.ErrInvalid), errors.Is(err, funding.ErrNegative), errors.Is(err, currency.ErrMismatch))
	// Output:
	// funding: funder.id: invalid syntax: want an org-id.guide identifier such as GB-CHC-1164021, got "1164021"
	// funding: period: period ends before it starts: 2018-03-31 to 2017-04-01
	// funding: allocations[0].amount: negative amount: "-£5m"
	// funding: allocations[1].amount: currency: Validate: GBP and EUR do not mix
	// true true true
}

func ExampleCompare() {
	inquiry := funding.Spend{
		Label:    "inquiry",
		Amount:   currency.Pounds(4_500_000),
		Purposes: []string{"inquiry into child sexual exploitation"},
		Kind:     funding.Inquiry,
	}
	support := funding.Spend{
		Label:    "support package",
		Amount:   currency.Pounds(2_400_000),
		Purposes: []string{"advocacy", "counselling", "therapeutic support"},
		Kind:     funding.Services,
	}
	c, _ := funding.Compare(inquiry, support)
	fmt.Println(c.Difference.Format(currency.Whole), c.Ratio, c.Change, c.LikeForLike())
	for _, r := range c.Reasons() {
		fmt.Println(r)
	}
	// Output:
	// £2,100,000 1.875 87.5 false
	// different purposes: inquiry into child sexual exploitation vs advocacy, counselling, therapeutic support
	// different kinds of spending: inquiry vs services
}

func ExampleRealTerms() {
	// A made-up index, not real statistics: bring a series you can cite.
	index, err := funding.ReadIndexCSV(strings.NewReader("year,level\n2016,100.0\n2025,130.0\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := funding.RealTerms(currency.Pounds(4_000_000), funding.CalendarYear(2016), funding.CalendarYear(2025), index)
	fmt.Println(a.Format(currency.Whole))
	// Output: £5,200,000
}

func ExampleReadONSCSV() {
	// The layout of an ONS time-series download, with made-up values.
	const csv = `"Title","CPIH INDEX 00: ALL ITEMS 2015=100"
"CDID","L522"
"Source dataset ID","MM23"
"2016","101.0"
"2017","103.5"
"2016 Q1","100.5"
"2016 JAN","100.3"
`
	s, err := funding.ReadONSCSV(strings.NewReader(csv))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Title())
	for _, y := range s.Years() {
		l, _ := s.Level(y)
		fmt.Println(y, l)
	}
	// Output:
	// CPIH INDEX 00: ALL ITEMS 2015=100
	// 2016 101
	// 2017 103.5
}

func ExampleWrite360Giving() {
	p := funding.Package{
		ID:        "360G-example-programme",
		Title:     "Support for survivors",
		Funder:    funding.Org{Name: "Example Funder", ID: "GB-GOR-EX001"},
		Announced: funding.MustDate(2016, time.November, 28),
		Allocations: []funding.Allocation{{
			ID:          "360G-example-1",
			Title:       "Counselling",
			Description: "A year of counselling",
			Recipients:  []funding.Org{{Name: "Example Trust", ID: "GB-CHC-0000001"}},
			Amount:      currency.MustParse("£315,000.00"),
			Period:      funding.FiscalYear(2017).Period(),
		}},
	}
	if err := funding.Write360Giving(os.Stdout, "360G-example", p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"version":"1.4","grants":[{"id":"360G-example-1","title":"Counselling","description":"A year of counselling","currency":"GBP","amountAwarded":315000,"awardDate":"2016-11-28","plannedDates":[{"startDate":"2017-04-01","endDate":"2018-03-31"}],"recipientOrganization":[{"id":"GB-CHC-0000001","name":"Example Trust"}],"fundingOrganization":[{"id":"GB-GOR-EX001","name":"Example Funder"}],"grantProgramme":[{"code":"360G-example-programme","title":"Support for survivors"}],"fundclaims":{}}],"fundclaims":{"version":1,"packages":[{"id":"360G-example-programme","title":"Support for survivors","funder":{"name":"Example Funder","id":"GB-GOR-EX001"},"announced":"2016-11-28"}]}}
}

func ExampleRead360Giving() {
	const file = `{"grants":[{
		"id": "360G-example-1", "title": "Counselling", "description": "A year of counselling",
		"currency": "GBP", "amountAwarded": 315000.10, "awardDate": "2016-11-28T10:00:00Z",
		"recipientOrganization": [{"id": "GB-CHC-0000001", "name": "Example Trust"}],
		"fundingOrganization": [{"id": "GB-GOR-EX001", "name": "Example Funder"}],
		"grantProgramme": [{"code": "EX-1", "title": "Support for survivors"}],
		"beneficiaryLocation": [{"name": "London"}]
	}, {
		"id": "360G-example-2", "title": "Advocacy",
		"currency": "GBP", "amountAwarded": 1000, "awardDate": "2016-11-28",
		"recipientOrganization": [{"id": "GB-CHC-0000002", "name": "Example Advocates"}],
		"fundingOrganization": [{"id": "GB-GOR-EX001", "name": "Example Funder"}]
	}, {
		"id": "360G-example-3", "title": "Helpline", "description": "A helpline",
		"currency": "GBP", "amountAwarded": 2500, "awardDate": "05/12/2016",
		"recipientOrganization": [{"id": "GB-CHC-0000003", "name": "Example Helpline"}],
		"fundingOrganization": [{"id": "GB-GOR-EX001", "name": "Example Funder"}],
		"grantProgramme": [{"code": "EX-1", "title": "Support for survivors"}]
	}]}`
	warn := func(w *funding.GrantError) { fmt.Println("warning:", w) }
	ps, err := funding.Read360Giving(strings.NewReader(file), warn)
	// The grant with no description is left out and reported; the others
	// are read.
	fmt.Println(err)
	for _, p := range ps {
		for _, a := range p.Allocations {
			fmt.Println(p.ID, p.Funder, a.ID, a.Amount, a.Awarded, a.Recipients[0].Name)
		}
	}
	// Output:
	// warning: funding: 360Giving grant "360G-example-3": awardDate: invalid syntax: read "05/12/2016" as day/month/year, 2016-12-05
	// funding: 360Giving grant "360G-example-2": description: missing
	// EX-1 Example Funder (GB-GOR-EX001) 360G-example-1 £315,000.10 2016-11-28 Example Trust
	// EX-1 Example Funder (GB-GOR-EX001) 360G-example-3 £2,500.00 2016-12-05 Example Helpline
}

func ExampleWrite360GivingCSV() {
	p := funding.Package{
		ID:     "EX-1",
		Title:  "Support for survivors",
		Funder: funding.Org{Name: "Example Funder", ID: "GB-GOR-EX001"},
		Allocations: []funding.Allocation{{
			ID:          "1",
			Title:       "Counselling",
			Description: "A year of counselling",
			Recipients:  []funding.Org{{Name: "Example Trust", ID: "GB-CHC-0000001"}},
			Amount:      currency.MustParse("£315,000.50"),
			Awarded:     funding.MustDate(2016, time.November, 28),
		}},
	}
	if err := funding.Write360GivingCSV(os.Stdout, "360G-example", p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Identifier,Title,Description,Currency,Amount Awarded,Award Date,Planned Dates:Start Date,Planned Dates:End Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,Grant Programme:Code,Grant Programme:Title
	// 360G-example-1,Counselling,A year of counselling,GBP,315000.5,2016-11-28,,,GB-CHC-0000001,Example Trust,GB-GOR-EX001,Example Funder,EX-1,Support for survivors
}

func ExampleRead360GivingCSV() {
	const file = `Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name
360G-example-1,Counselling,A year of counselling,GBP,315000.10,05/06/2014,GB-CHC-0000001,Example Trust,GB-GOR-EX001,Example Funder
360G-example-2,Advocacy,Advocates,GBP,"£1,000",2014-06-05,GB-CHC-0000002,Example Advocates,GB-GOR-EX001,Example Funder
`
	warn := func(w *funding.GrantError) { fmt.Println("warning:", w) }
	ps, err := funding.Read360GivingCSV(strings.NewReader(file), warn)
	fmt.Println(err)
	for _, p := range ps {
		for _, a := range p.Allocations {
			fmt.Println(a.ID, a.Amount, a.Awarded)
		}
	}
	// Output:
	// warning: funding: 360Giving grant "360G-example-1": awardDate: invalid syntax: read "05/06/2014" as day/month/year, 2014-06-05
	// funding: 360Giving grant "360G-example-2": amountAwarded: invalid syntax: want a number such as 10000 or 1260000.50, got "£1,000"
	// 360G-example-1 £315,000.10 2014-06-05
}

func ExamplePackage_Reconcile_inexact() {
	// "More than £20bn for roads and up to £9bn for rail", against a £30bn
	// headline: the parts may add up to it or may not.
	p := funding.Package{
		ID:       "transport",
		Funder:   funding.Org{Name: "HM Treasury"},
		Headline: currency.MustParseFigure("£30bn"),
		Allocations: []funding.Allocation{
			{ID: "roads", Stated: currency.MustParseFigure("more than £20bn")},
			{ID: "rail", Stated: currency.MustParseFigure("up to £9bn")},
		},
	}
	r, _ := p.Reconcile()
	fmt.Println(r.Status)
	fmt.Println(r)
	// Output:
	// overlaps
	// itemised at least £20,000,000,000 may or may not add up to "£30bn"
}

func ExamplePackage_Reconcile_partial() {
	// "£450m, including £100m for Leeds and £50m for York": the list names
	// some of the money, and the rest is unnamed, not missing.
	p := funding.Package{
		ID:       "towns",
		Funder:   funding.Org{Name: "MHCLG"},
		Headline: currency.MustParseFigure("£450m"),
		Partial:  true,
		Allocations: []funding.Allocation{
			{ID: "leeds", Amount: currency.Pounds(100_000_000)},
			{ID: "york", Amount: currency.Pounds(50_000_000)},
		},
	}
	r, _ := p.Reconcile()
	fmt.Println(r.Status)
	fmt.Println(r)
	// Output:
	// partial
	// the named parts, £150,000,000, are part of "£450m"; the unnamed remainder is between £299,500,000 and £300,500,000
}

func ExampleReconciliation_CountsAgree() {
	// "£1.2bn for 36 hospitals: £300m for five and £900m for 30."
	p := funding.Package{
		ID:       "hospitals",
		Funder:   funding.Org{Name: "DHSC"},
		Headline: currency.MustParseFigure("£1.2bn"),
		Allocations: []funding.Allocation{{
			ID: "hospitals", Stated: currency.MustParseFigure("£1.2bn"), Count: funding.MustParseCount("36"),
			Allocations: []funding.Allocation{
				{ID: "wave-1", Stated: currency.MustParseFigure("£300m"), Count: funding.MustParseCount("five")},
				{ID: "wave-2", Stated: currency.MustParseFigure("£900m"), Count: funding.MustParseCount("30")},
			},
		}},
	}
	r, _ := p.Reconcile()
	fmt.Println(r)
	for _, n := range r.Nested {
		fmt.Println(n.CountsAgree(), n)
	}
	// Output:
	// itemised £1,200,000,000 matches "£1.2bn"
	// false hospitals: itemised £1,200,000,000 matches "£1.2bn"; the parts count 35, which is not 36
}

func ExampleAllocation_Figure() {
	for _, a := range []funding.Allocation{
		{ID: "rcc", Amount: currency.Pounds(1_260_000)},
		{ID: "rail", Stated: currency.MustParseFigure("up to £9bn")},
		{ID: "north", Allocations: []funding.Allocation{
			{ID: "leeds", Amount: currency.Pounds(300_000_000)},
			{ID: "york", Stated: currency.MustParseFigure("£200m")},
		}},
	} {
		fmt.Println(a.ID, a.Figure())
	}
	// Output:
	// rcc £1,260,000
	// rail up to £9bn
	// north £500,000,000
}

func ExampleAllocation_PerRecipient() {
	// The allocation's own count is the base: £1.2bn for five hospitals.
	a := funding.Allocation{ID: "h", Stated: currency.MustParseFigure("£1.2bn"), Count: funding.MustParseCount("five")}
	r, _ := a.PerRecipient("hospital")
	fmt.Println(r)
	// Output: £240,000,000 per hospital
}

func ExampleGap_Exact() {
	for _, g := range []funding.Gap{
		{Least: currency.Pounds(5), Most: currency.Pounds(5)},
		{Least: currency.Pounds(0), Most: currency.Pounds(9_000_000)},
	} {
		if a, ok := g.Exact(); ok {
			fmt.Println(g, "is exactly", a)
		} else {
			fmt.Println(g, "is not one amount")
		}
	}
	// Output:
	// £5 is exactly £5.00
	// at most £9,000,000 is not one amount
}

func ExamplePackage_Contradictions() {
	// "Rising from £50.1bn to £53.9bn, a 9% increase": the levels make it
	// about 7.6%.
	p := funding.Package{
		ID:       "schools",
		Funder:   funding.Org{Name: "Department for Education"},
		Headline: currency.MustParseFigure("£53.9bn"),
		Change: funding.Change{
			From:    currency.MustParseFigure("£50.1bn"),
			To:      currency.MustParseFigure("£53.9bn"),
			Percent: decimal.RequireFromString("9"),
		},
	}
	c, _ := p.Contradictions()
	for _, s := range c {
		fmt.Println(s)
	}
	// Output:
	// 9% of "£50.1bn" (between £4,254,250,000 and £4,764,250,000) disagrees with the change from "£50.1bn" to "£53.9bn" (a rise of between £3,700,000,000 and £3,900,000,000)
}

func ExampleChange() {
	// "An additional £9.2m, bringing the total to £190m."
	c := funding.Change{
		By:       currency.MustParseFigure("£9.2m"),
		To:       currency.MustParseFigure("£190m"),
		Of:       "fund-2024",
		Relation: funding.TopsUp,
	}
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	// Output:
	// {"to":"£190m","by":"£9.2m","of":"fund-2024","relation":"tops up"}
}

func ExampleParseRelation() {
	r, err := funding.ParseRelation("re-announces")
	fmt.Println(r == funding.Reannounces, err)
	// Output: true <nil>
}

func ExamplePackage_ByYear() {
	// "£400m a year for three years", from April 2023: each financial year
	// gets £400m, though 2023-24 has a day more than the others.
	p := funding.Package{
		ID:       "bus",
		Funder:   funding.Org{Name: "Department for Transport"},
		Headline: currency.MustParseFigure("£400m a year"),
		Period:   funding.Period{Start: funding.MustDate(2023, 4, 1), End: funding.MustDate(2026, 3, 31)},
	}
	ys, _ := p.ByYear()
	for _, y := range ys {
		fmt.Println(y.Year, y.Days, y.Amount.Format(currency.Whole))
	}
	// Output:
	// 2023-24 366 £400,000,000
	// 2024-25 365 £400,000,000
	// 2025-26 365 £400,000,000
}

func ExampleProfileYear() {
	p := funding.Package{
		ID:       "roads",
		Funder:   funding.Org{Name: "Department for Transport"},
		Headline: currency.MustParseFigure("£2.1bn"),
		Period:   funding.Period{Start: funding.MustDate(2024, 4, 1), End: funding.MustDate(2027, 3, 31)},
		Profile: []funding.ProfileYear{
			{Year: funding.MustParseFiscalYear("2024-25"), Amount: currency.MustParseFigure("£0.3bn")},
			{Year: funding.MustParseFiscalYear("2025-26"), Amount: currency.MustParseFigure("£0.6bn")},
			{Year: funding.MustParseFiscalYear("2027-28"), Amount: currency.MustParseFigure("£1.2bn")},
		},
	}
	c, _ := p.Contradictions()
	fmt.Println(c)
	// Output:
	// [profile year 2027-28 is outside the period 2024-04-01/2027-03-31]
}

func ExampleCompare_terms() {
	// "About £1.5bn a year" against "£2.6bn over three years": like with
	// like, the first is £4.5bn over the three years.
	a := currency.MustParseFigure("about £1.5bn a year")
	b := currency.MustParseFigure("£2.6bn over three years")
	c, _ := funding.Compare(
		funding.Spend{Label: "pledge", Amount: a.Nominal(), Figure: a},
		funding.Spend{Label: "budget", Amount: b.Nominal(), Figure: b})
	fmt.Println(c.Conversion)
	fmt.Println(c.Difference.Format(currency.Whole), c.Term)
	// Output:
	// £1,500,000,000 a year over 3 years is £4,500,000,000
	// £1,900,000,000 alike
}

func ExampleAllocation_UnmarshalJSON() {
	// "amount" is an exact amount's object, or a figure's words.
	var a funding.Allocation
	err := json.Unmarshal([]byte(`{"id": "rail", "amount": "up to £9bn", "count": "three"}`), &a)
	fmt.Println(a.Stated, a.Count, err)
	// Every field that cannot be read is reported, by its path.
	err = json.Unmarshal([]byte(`{"id": "rail", "amount": "lots", "count": "0", "colour": "red"}`), &a)
	fmt.Println(err)
	// Output:
	// up to £9bn 3 <nil>
	// funding: amount: currency: ParseFigure("lots"): invalid syntax: want a digit at offset 0
	// funding: count: funding: ParseCount("0"): count of zero: want at least 1 at offset 0
	// funding: colour: invalid syntax: unknown field "colour"
}

func ExamplePeriod_Long() {
	fmt.Println(funding.MustParseFiscalYear("2017-18").Period().Long())
	p := funding.Period{Start: funding.MustDate(2024, time.April, 1), End: funding.MustDate(2027, time.March, 31)}
	fmt.Println(p.Long())
	fmt.Println(funding.Period{End: funding.MustDate(2018, time.March, 31)}.Long())
	// Output:
	// 1 April 2017 to 31 March 2018 (financial year 2017-18)
	// 1 April 2024 to 31 March 2027 (financial year 2024-25, 2025-26, 2026-27)
	// until 31 March 2018
}
