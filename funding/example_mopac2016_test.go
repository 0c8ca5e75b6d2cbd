package funding_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// mopac2016 is the record of the Mayor of London's release of 28 November
// 2016, "Mayor invests £4 million to help tackle sexual violence", with
// every number and date in it. What the release does not say (the
// interpreter service's provider, whether the development budget is new
// money, the organisations' registered numbers) is left unknown.
func mopac2016() funding.Package {
	fy := funding.MustParseFiscalYear("2017-18") // "an additional year until March 2018"
	released := funding.MustDate(2016, time.November, 28)
	rapeCrisis := funding.Org{Name: "London Rape Crisis Centres"}
	return funding.Package{
		ID:          "mopac-2016-sexual-violence",
		Title:       "Funding for sexual abuse services in London extended to March 2018",
		Funder:      funding.Org{Name: "Mayor's Office for Policing and Crime"},
		AnnouncedBy: funding.Person{Name: "Sadiq Khan", Role: "Mayor of London"},
		Announced:   released,
		Headline:    currency.MustParseFigure("more than £4 million"),
		Period:      fy.Period(),
		Novelty:     funding.Extension, // "for services already supporting abuse victims"
		Kind:        funding.Services,
		Purposes:    []string{"support for victims of sexual abuse"},
		Sources: []funding.Source{
			{Title: "Mayor invests £4 million to help tackle sexual violence", Publisher: "Mayor of London", Published: released},
			{Title: "Sexual Violence against Children and Adults in London", Publisher: "MOPAC and NHS England", Published: released},
		},
		Allocations: []funding.Allocation{{
			ID:          "mopac-2016-rape-crisis",
			Title:       "Rape Crisis Centres",
			Description: "MOPAC is providing £1,260,000 for the four Rape Crisis Centres in London",
			Recipients:  []funding.Org{rapeCrisis},
			Count:       funding.MustParseCount("four"),
			Amount:      currency.Pounds(1_260_000),
			Purposes:    []string{"rape crisis services"},
			Kind:        funding.Services,
			Period:      fy.Period(),
			Novelty:     funding.Extension,
		}, {
			ID:          "mopac-2016-sarc",
			Title:       "Sexual Assault Referral Centres (the Havens)",
			Description: "£2,165,000 for the three London Sexual Assault Referral Centres",
			Recipients:  []funding.Org{{Name: "London Sexual Assault Referral Centres (the Havens)"}},
			Count:       funding.MustParseCount("three"),
			Amount:      currency.Pounds(2_165_000),
			Purposes:    []string{"sexual assault referral services"},
			Kind:        funding.Services,
			Period:      fy.Period(),
			Novelty:     funding.Extension,
		}, {
			ID:          "mopac-2016-rape-crisis-development",
			Title:       "Rape Crisis Centres development budget",
			Description: "In addition a £100,000 development budget is being provided to the four London Rape Crisis Centres",
			Recipients:  []funding.Org{rapeCrisis},
			Count:       funding.MustParseCount("four"),
			Amount:      currency.Pounds(100_000),
			Purposes:    []string{"service development"},
			Kind:        funding.Development,
		}, {
			ID:          "mopac-2016-interpreters",
			Title:       "Interpreter service",
			Description: "£70,000 to support the extension of an interpreter service for another year",
			Recipients:  []funding.Org{{Name: "interpreter service"}},
			Amount:      currency.Pounds(70_000),
			Purposes:    []string{"interpreting"},
			Kind:        funding.Services,
			Novelty:     funding.Extension,
		}},
		Measures: []funding.Measure{{
			Count: funding.MustParseCount("around 24,000"),
			Noun:  "adults in London who experience serious sexual assault or rape",
			Unit:  "adult",
			Note:  "each year",
		}},
		Milestones: []funding.Milestone{
			{Event: "City Hall and NHS England study of sexual violence published", Date: released, Wording: "today"},
			{Event: "HMIC report on the Met's protection of children", Wording: "last week"},
			{Event: "Police and Crime Plan published", Wording: "shortly"},
			{Event: "new integrated service model in place", Date: fy.End(), Wording: "by March 2018"},
		},
	}
}

// The 2016 release: an extension of existing services for 2017-18 whose
// itemisation falls short of its headline.
func Example_mopac2016() {
	p := mopac2016()
	if err := p.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s, announced %s by %s\n", p.Funder, p.Announced, p.AnnouncedBy)
	fmt.Printf("headline: %q\n", p.Headline.Text())
	fmt.Printf("novelty: %s (%s)\n", p.Novelty, p.Novelty.Describe())
	years, _ := p.FiscalYears()
	fmt.Printf("financial years: %v, %s to %s\n", years, p.Period.Start, p.Period.End)

	fmt.Println("allocations:")
	for _, a := range p.Allocations {
		shares, err := a.Shares()
		if err != nil {
			fmt.Println(err)
			return
		}
		sum, _ := currency.Sum(shares...)
		parts := make([]string, len(shares))
		for i, s := range shares {
			parts[i] = s.String()
		}
		fmt.Printf("  %s: %s, novelty %s\n", a.Title, a.Amount.Format(currency.Whole), a.Novelty)
		fmt.Printf("    shares: %s (sum %s)\n", strings.Join(parts, ", "), sum.Format(currency.Whole))
	}
	itemised, _ := p.Itemised()
	fmt.Println("itemised:", itemised.Format(currency.Whole))

	r, _ := p.Reconcile()
	fmt.Println("reconciliation:", r.Status)
	fmt.Println(" ", r)
	fmt.Printf("  shortfall more than %s (open: %t), no upper limit: %t\n",
		r.Gap.Least.Format(currency.Whole), r.Gap.LeastOpen, r.Gap.Unbounded)

	perCentre, _ := p.Allocations[0].PerRecipient("Rape Crisis Centre")
	fmt.Println("per centre:", perCentre)

	adults := p.Measures[0]
	rate, _ := adults.Rate(p.Headline.Nominal())
	fmt.Printf("%s (%s): %s\n", adults, adults.Note, rate)

	byNovelty, _ := p.ByNovelty()
	for _, t := range byNovelty {
		fmt.Printf("novelty %s: %s\n", t.Novelty, t.Amount.Format(currency.Whole))
	}
	for _, m := range p.Milestones {
		fmt.Println("milestone:", m)
	}
	// Output:
	// Mayor's Office for Policing and Crime, announced 2016-11-28 by Sadiq Khan, Mayor of London
	// headline: "more than £4 million"
	// novelty: extension (an extension of existing funding)
	// financial years: [2017-18], 2017-04-01 to 2018-03-31
	// allocations:
	//   Rape Crisis Centres: £1,260,000, novelty extension
	//     shares: £315,000.00, £315,000.00, £315,000.00, £315,000.00 (sum £1,260,000)
	//   Sexual Assault Referral Centres (the Havens): £2,165,000, novelty extension
	//     shares: £721,666.67, £721,666.67, £721,666.66 (sum £2,165,000)
	//   Rape Crisis Centres development budget: £100,000, novelty unknown
	//     shares: £25,000.00, £25,000.00, £25,000.00, £25,000.00 (sum £100,000)
	//   Interpreter service: £70,000, novelty extension
	//     shares: £70,000.00 (sum £70,000)
	// itemised: £3,595,000
	// reconciliation: unitemised
	//   itemised £3,595,000 falls at least £405,000 short of "more than £4 million"
	//   shortfall more than £405,000 (open: true), no upper limit: true
	// per centre: £315,000 per Rape Crisis Centre
	// about 24,000 adults in London who experience serious sexual assault or rape (each year): about £166.67 per adult
	// novelty unknown: £100,000
	// novelty extension: £3,495,000
	// milestone: City Hall and NHS England study of sexual violence published (today)
	// milestone: HMIC report on the Met's protection of children (last week)
	// milestone: Police and Crime Plan published (shortly)
	// milestone: new integrated service model in place (by March 2018)
}
