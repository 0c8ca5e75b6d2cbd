package claims_test

import (
	"testing"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

func TestFromQuote(t *testing.T) {
	tests := []struct {
		quote string
		want  []string // the words of each proposal
	}{
		{"City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry in London into this heinous abuse - the mayor coughing up £2m after months",
			[]string{"£4.5m", "£2m"}},
		{"has today announced an investment of more than £4 million to help tackle sexual abuse", []string{"more than £4 million"}},
		{"between £3m and £5m, or €2m", []string{"between £3m and £5m", "€2m"}},
		{"about 9,000 historic cases", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := claims.FromQuote(tt.quote)
		var words []string
		for _, s := range got {
			words = append(words, s.Span.In(tt.quote))
			if s.Package != "" || s.Allocation != "" {
				t.Errorf("FromQuote(%q) set a package: %+v", tt.quote, s)
			}
		}
		if diff := cmp.Diff(tt.want, words); diff != "" {
			t.Errorf("FromQuote(%q) words mismatch (-want +got):\n%s", tt.quote, diff)
		}
	}
}

func TestSpan(t *testing.T) {
	q := "coughing up £2m"
	tests := []struct {
		s     claims.Span
		valid bool
		in    string
	}{
		{claims.Span{}, true, ""},
		{claims.Span{Start: 12, End: 16}, true, "£2m"},
		{claims.Span{Start: 13, End: 16}, false, ""},
		{claims.Span{Start: 5, End: 4}, false, ""},
		{claims.Span{Start: -1, End: 4}, false, ""},
		{claims.Span{Start: 0, End: 17}, false, ""},
		{claims.Span{Start: 16, End: 16}, true, ""},
	}
	for _, tt := range tests {
		if got := tt.s.Valid(q); got != tt.valid {
			t.Errorf("%+v.Valid(%q) = %v, want %v", tt.s, q, got, tt.valid)
		}
		if got := tt.s.In(q); got != tt.in {
			t.Errorf("%+v.In(%q) = %q, want %q", tt.s, q, got, tt.in)
		}
	}
	if !(claims.Span{}).IsZero() || (claims.Span{End: 1}).IsZero() {
		t.Error("IsZero is wrong")
	}
}

func FuzzFromQuote(f *testing.F) {
	for _, s := range []string{
		"the mayor coughing up £2m after months",
		"an investment of more than £4 million",
		"£3m-£5m", "between £3m and £5m", "nearly £4m", "30p", "half a billion pounds",
		"USD 3bn and €2.50 and ¥2,400", "£1e400", "£1,2,3", "£", "\xff£2m\xc2",
		"handed over £2m", "from £3m to £5m",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, quote string) {
		got := claims.FromQuote(quote)
		end := 0
		for _, s := range got {
			if !s.Span.Valid(quote) || s.Span.Start >= s.Span.End {
				t.Fatalf("FromQuote(%q): span %+v is not valid", quote, s.Span)
			}
			if s.Span.Start < end {
				t.Fatalf("FromQuote(%q): spans overlap or are out of order at %+v", quote, s.Span)
			}
			end = s.Span.End
			words := quote[s.Span.Start:s.Span.End]
			if words != s.Figure.Text() {
				t.Fatalf("FromQuote(%q): span %+v holds %q, but the figure says %q", quote, s.Span, words, s.Figure.Text())
			}
			if !utf8.ValidString(words) && utf8.ValidString(quote) {
				t.Fatalf("FromQuote(%q): words %q are not whole characters", quote, words)
			}
			if s.Figure.IsZero() {
				t.Fatalf("FromQuote(%q): zero figure at %+v", quote, s.Span)
			}
			c := claims.Claim{ID: "c", Speaker: funding.Person{Name: "A"}, Quote: quote, Assertions: claims.Assertions{s}}
			if err := c.Validate(); quote != "" && containsNonSpace(quote) && err != nil {
				t.Fatalf("FromQuote(%q) proposed an assertion its claim rejects: %v", quote, err)
			}
		}
	})
}

// containsNonSpace reports whether s has a character other than white space.
func containsNonSpace(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' {
			return true
		}
	}
	return false
}

// TestFromQuoteReads checks the role and terms FromQuote reads from the
// words around each figure, on invented sentences and on real ones.
func TestFromQuoteReads(t *testing.T) {
	type read struct {
		words string
		role  claims.Role
		terms claims.Terms
	}
	tests := []struct {
		quote string
		want  []read
	}{
		{"councils needed £1.2bn but the government gave £450m",
			[]read{{"£1.2bn", claims.RoleNeeded, 0}, {"£450m", claims.RolePackage, 0}}},
		{"The LGA called for £2bn.", []read{{"£2bn", claims.RoleNeeded, 0}}},
		{"rises from £50.1bn to £53.9bn", []read{{"£50.1bn", claims.RolePrevious, 0}, {"£53.9bn", claims.RoleLevel, 0}}},
		{"up from £3m last year", []read{{"£3m", claims.RolePrevious, 0}}},
		// currency.Find reads these as two figures, not a range: the change,
		// then the level it brings.
		{"this comprises £1.5m of core funding and an extra £1m", []read{{"£1.5m", claims.RoleShare, 0}, {"£1m", claims.RoleShare, 0}}},
		{"an increase of £20m to £120m", []read{{"£20m", claims.RoleChange, 0}, {"£120m", claims.RoleLevel, 0}}},
		{"spending on roads is up £2m to £12m", []read{{"£2m", claims.RoleChange, 0}, {"£12m", claims.RoleLevel, 0}}},
		{"the budget was cut by £300,000 to £1.2m", []read{{"£300,000", claims.RoleChange, 0}, {"£1.2m", claims.RoleLevel, 0}}},
		{"an additional £9.2m, bringing the total to £190m",
			[]read{{"£9.2m", claims.RoleChange, 0}, {"£190m", claims.RoleLevel, 0}}},
		{"a 9% increase, £600,000 more a year", []read{{"£600,000", claims.RoleChange, 0}}},
		{"cut by more than £300,000", []read{{"more than £300,000", claims.RoleChange, 0}}},
		{"Bristol will get between £4m and £5m", []read{{"between £4m and £5m", claims.RoleShare, 0}}},
		{"£40m of the £300m goes to schools", []read{{"£40m", claims.RoleShare, 0}, {"£300m", claims.RolePackage, 0}}},
		{"Labour's £5bn plan", []read{{"£5bn", claims.RoleRival, 0}}},
		{"a fully-costed proposal for a £4.5m inquiry", []read{{"£4.5m", claims.RoleProposal, 0}}},
		{"£240m per hospital", []read{{"£240m per hospital", claims.RolePerUnit, 0}}}, // currency reads "per hospital" as part of the figure
		{"£30 per head", []read{{"£30 per head", claims.RolePerUnit, claims.PerHead}}},
		{"compared with £10bn on roads", []read{{"£10bn", claims.RoleOther, 0}}},
		{"the mayor coughing up £2m after months", []read{{"£2m", claims.RolePackage, 0}}},
		{"a £2.4m package", []read{{"£2.4m", claims.RolePackage, 0}}},
		{"£2m, in real terms", []read{{"£2m", claims.RoleUnknown, 0}}}, // the comma ends the clause
		{"worth £2.3bn in real terms", []read{{"£2.3bn", claims.RolePackage, claims.RealTerms}}},
		{"a cash-terms rise of £3.9bn", []read{{"£3.9bn", claims.RoleChange, claims.Cash}}},
		{"£2m.", []read{{"£2m", claims.RoleUnknown, 0}}},
		// https://www.henleystandard.co.uk/news/community-news--all-districts-/134296/mp-welcomes-council-funding-increase.html
		{"gives councils a real-terms increase in core spending power for 2019/2020 from £45.1 billion to £46.4 billion.",
			[]read{{"£45.1 billion", claims.RolePrevious, 0}, {"£46.4 billion", claims.RoleLevel, 0}}},
		// https://www.aol.co.uk/news/2017/01/26/councils-make-funding-plea-after-warning-of-a-5-8bn-shortfall/
		{"He also announced a £240 million \"adult social care support grant\" will be created for 2017/18",
			[]read{{"£240 million", claims.RolePackage, 0}}},
		// An extra sum is the change where the quote gives the total it
		// takes the spending to; without one it is the money announced.
		// https://governmentbusiness.co.uk/news/16072020/government-confirms-councils-%C2%A3500-million-allocations
		{"That’s why we are giving them an extra £500 million – taking our total additional funding provided to £4.3 billion – and today I am setting out how this will be allocated",
			[]read{{"£500 million", claims.RoleChange, 0}, {"£4.3 billion", claims.RoleLevel, 0}}},
		// https://www.miltonkeynes.co.uk/news/politics/emergency-coronavirus-funding-heres-how-much-cash-milton-keynes-council-getting-government-3016349
		{"Milton Keynes Council is set to receive £4,969,536 in the latest round, meaning it has received £20,725,839 to date.",
			[]read{{"£4,969,536", claims.RoleShare, 0}, {"£20,725,839", claims.RoleShare, 0}}},
		{"Local Government Minister Robert Jenrick has announced an extra £919 million in emergency grants to councils in England.",
			[]read{{"£919 million", claims.RolePackage, 0}}},
		// https://ifs.org.uk/articles/2024-25-local-government-finance-settlement-real-pain-still-come
		{"Additional social care grants worth £1.0 billion more than in 2023–24",
			[]read{{"£1.0 billion", claims.RoleChange, 0}}},
		// The quotes below are from the drafting corpus,
		// claims/testdata/articles, whose README gives their sources.
		// Cuts and savings made are changes; savings still to find, a
		// backlog and spending pressures are needed.
		{"the budget was a cynical ploy to buy votes in May when cuts totalling £24 million were being made to services",
			[]read{{"£24 million", claims.RoleChange, 0}}},
		{"After making £117 million a year savings from our budget since 2010, we expect that we will still need to find another £30 million over the next three years",
			[]read{{"£117 million a year", claims.RoleChange, 0}, {"£30 million over the next three years", claims.RoleNeeded, 0}}},
		{"with a maintenance backlog of more than £6bn", []read{{"more than £6bn", claims.RoleNeeded, 0}}},
		// Money taken "off" is a change; so is money set off after a
		// proportion it states ("a third - £227 million -"), read by the
		// words around both, as a share is ("a quarter (£5m) of the
		// fund"); an aside after other words is read alone.
		{"The funding cuts announced by the Coalition Government will have cut a third - £227 million - off our budget by 2018",
			[]read{{"£227 million", claims.RoleChange, 0}}},
		{"The government has taken £5m off the council's grant", []read{{"£5m", claims.RoleChange, 0}}},
		{"Leeds will receive a quarter (£5m) of the fund", []read{{"£5m", claims.RoleShare, 0}}},
		{"Leeds will receive 25% - £5m - of the fund", []read{{"£5m", claims.RoleShare, 0}}},
		{"Leeds will receive the biggest sum - £5m - of the fund", []read{{"£5m", claims.RoleUnknown, 0}}},
		{"The extra capital and day to day funding amounts to around half of the £4 billion of spending pressures facing the service next year.",
			[]read{{"£4 billion", claims.RoleNeeded, 0}}},
		// A cost, reserves and what the money adds to are other items.
		{"it will cost £1 million to fund the 1 per cent cut.", []read{{"£1 million", claims.RoleOther, 0}}},
		{"That £1 million is coming out of reserves.", []read{{"£1 million", claims.RoleOther, 0}}},
		{"They’re using nearly £12 million of reserves", []read{{"nearly £12 million", claims.RoleOther, 0}}},
		{"This new package of funding adds to our £65 million Nature Restoration Fund",
			[]read{{"£65 million", claims.RoleOther, 0}}},
		// Money to date is the level before what is announced.
		{"supporting the most vulnerable backed with over £8 billion of emergency support from government to date.",
			[]read{{"over £8 billion", claims.RolePrevious, 0}}},
		{"councils across England will have access to £51.3 billion next year",
			[]read{{"£51.3 billion", claims.RolePackage, 0}}},
		{"at least £100bn of additional resources", []read{{"at least £100bn", claims.RolePackage, 0}}},
		// A word after a sum gives a change only straight after it.
		{"years of under-investment in the NHS's infrastructure means the £1.8bn injection risks being little more than a drop in the ocean",
			[]read{{"£1.8bn", claims.RolePackage, 0}}},
		{"an immediate £350m boost for this winter followed by £1.6bn more next year",
			[]read{{"£350m", claims.RolePackage, 0}, {"£1.6bn", claims.RoleChange, 0}}},
		// Extra money with no total beside it is the money announced.
		{"The Mayor has today announced that an additional £11.6m will be available in this year’s budget",
			[]read{{"£11.6m", claims.RolePackage, 0}}},
		{"Gloucestershire County Council is set to invest an extra £1.8 million in the county in the next financial year.",
			[]read{{"£1.8 million", claims.RolePackage, 0}}},
		{"an extra £2m, which is part of the £10m fund", []read{{"£2m", claims.RoleChange, 0}, {"£10m", claims.RolePackage, 0}}},
		// A share of a sum: the sum is the whole.
		{"NHS trusts across the country have today been allocated a share of £300 million to upgrade their facilities ahead of winter",
			[]read{{"£300 million", claims.RolePackage, 0}}},
		{"20 hospitals will receive a share of £850 million to upgrade outdated facilities and equipment",
			[]read{{"£850 million", claims.RolePackage, 0}}},
		{"Grants of £750 are being paid to all registered childminders in Scotland",
			[]read{{"£750", claims.RolePerUnit, 0}}},
		// What should be given is asked for.
		{"Wales should therefore receive an additional £60bn", []read{{"£60bn", claims.RoleNeeded, 0}}},
		{"We should welcome the £2m package", []read{{"£2m", claims.RolePackage, 0}}},
		{"If Wales were to be funded at this scale we should expect at least an additional £60bn, but there's no such explicit commitment",
			[]read{{"£60bn", claims.RoleNeeded, 0}}},
		// The verb of "to" and "by" may be further off than a cue.
		{"We had kept it at that price for ten years but it’s gone up year after year to £115.",
			[]read{{"£115", claims.RoleLevel, 0}}},
		{"I am pleased to confirm a £51 billion funding package for next year that increases funding for social care and other vital services by £2.3 billion.",
			[]read{{"£51 billion", claims.RolePackage, 0}, {"£2.3 billion", claims.RoleChange, 0}}},
		// "needs" after a possessive, with a verb of giving between it and
		// the figure, is what the money meets, no sum needed.
		{"We have listened to their needs and provided £40m to help them.",
			[]read{{"£40m", claims.RolePackage, 0}}},
		{"Councils set out their needs of £40m.",
			[]read{{"£40m", claims.RoleNeeded, 0}}},
		// Each item of a list "as follows" introduces is a part of the money.
		{"The £9m will be shared as follows: £4m on bus lanes; £3m on cycle paths and £2m to fund road safety.",
			[]read{{"£9m", claims.RolePackage, 0}, {"£4m", claims.RoleShare, 0}, {"£3m", claims.RoleShare, 0}, {"£2m", claims.RoleShare, 0}}},
		{"It is allocated as follows: £6m for Cardiff, £2m for Newport.",
			[]read{{"£6m", claims.RoleShare, 0}, {"£2m", claims.RoleShare, 0}}},
		{"It works as follows: we spend £6m.", []read{{"£6m", claims.RolePackage, 0}}},
		// A year between the verb and "by" or "to" is the move's time, no
		// other figure.
		{"This means we can increase the schools budget for 2026-27 by £40m.",
			[]read{{"£40m", claims.RoleChange, 0}}},
		{"We have cut the grant in 2019 by more than £3m.",
			[]read{{"more than £3m", claims.RoleChange, 0}}},
		{"Capital funding will rise for schools in 2026 to £85m.",
			[]read{{"£85m", claims.RoleLevel, 0}}},
		// https://commonslibrary.parliament.uk/research-briefings/cbp-9721/
		{"increased by rather more than this in the final settlement, going up by £5.1 billion (9.4%) to a total of £59.7 billion.",
			[]read{{"£5.1 billion", claims.RoleChange, 0}, {"£59.7 billion", claims.RoleLevel, 0}}},
		// An extra sum asked for is needed, not new money.
		{"we need an extra £2m a year", []read{{"£2m a year", claims.RoleNeeded, 0}}},
		{"they called for an additional £500m", []read{{"£500m", claims.RoleNeeded, 0}}},
		{"Bristol will get an extra £4m", []read{{"£4m", claims.RolePackage, 0}}},
		// A sum per year is a rate, not a sum for each of several; a sum
		// per pupil or each is, whoever gets it.
		{"investing £1.5bn per year", []read{{"£1.5bn per year", claims.RolePackage, 0}}},
		{"councils will get £30 per pupil", []read{{"£30 per pupil", claims.RolePerUnit, claims.PerHead}}},
		{"each school will receive £5,000 each", []read{{"£5,000", claims.RolePerUnit, 0}}},
		// What each or every one of several receives is per unit, per
		// head where they are people; not what is received each year.
		{"which means each secondary school pupil will receive at least £5,150",
			[]read{{"at least £5,150", claims.RolePerUnit, claims.PerHead}}},
		{"every council in the region would get £2m", []read{{"£2m", claims.RolePerUnit, 0}}},
		{"each year the council will receive £2m", []read{{"£2m", claims.RoleShare, 0}}},
		{"Leeds will receive £2m for each of its wards", []read{{"£2m", claims.RoleShare, 0}}},
		{"schools will get £30 per school", []read{{"£30 per school", claims.RolePerUnit, 0}}},
		// "an initial" sum is the first of more to come, not the level
		// before, as "the initial" one is.
		{"an initial £3m will be allocated to our schools", []read{{"£3m", claims.RoleShare, 0}}},
		{"The initial £2m budget has grown to £3m", []read{{"£2m", claims.RolePrevious, 0}, {"£3m", claims.RoleLevel, 0}}},
		// "as per" is "in keeping with", no sum for each of several.
		{"£4m is being allocated to help carers as per a promise made in May", []read{{"£4m", claims.RolePackage, 0}}},
		{"£4m will go to the parks, as per the plan", []read{{"£4m", claims.RoleShare, 0}}},
		// The pot money is drawn from is the whole, whether received or
		// bid for, and named new or extra; not what money rose from.
		{"councils can bid for more cash from the additional £1 billion allocated nationally",
			[]read{{"£1 billion", claims.RolePackage, 0}}},
		{"it rose to £5m from the £3m", []read{{"£5m", claims.RoleLevel, 0}, {"£3m", claims.RolePrevious, 0}}},
		// "last year's" names the level of the noun it qualifies, not money
		// "with" gives after it.
		{"last year's budget of £3m", []read{{"£3m", claims.RolePrevious, 0}}},
		{"she topped up last year's grants to schools with £2m", []read{{"£2m", claims.RoleUnknown, 0}}},
		// Money awarded, offered or distributed is the package; awarded
		// to a subject, its share; so is a settlement of a sum.
		{"The Levelling Up Fund has awarded £3.5 million to support a new transport hub",
			[]read{{"£3.5 million", claims.RolePackage, 0}}},
		{"Leeds was awarded £2m", []read{{"£2m", claims.RoleShare, 0}}},
		{"He is offering over £1,000,000 to organisations who support them", []read{{"over £1,000,000", claims.RolePackage, 0}}},
		{"the council has been offered £40,000", []read{{"£40,000", claims.RoleShare, 0}}},
		{"the distribution of £8m in grants", []read{{"£8m", claims.RolePackage, 0}}},
		{"This settlement of almost £10.6bn comes at a time of cuts", []read{{"almost £10.6bn", claims.RolePackage, 0}}},
		// Extra money said to go towards or to be allocated to something,
		// next to its amount, is a share of a larger sum (money that has
		// been allocated is the sum the sentence is about: see
		// TestFromQuotePastAndOther); extra money a recipient gets is new
		// money.
		{"an additional £30million is allocated to education", []read{{"£30million", claims.RoleShare, 0}}},
		{"An extra £1m will go towards the fight against climate change", []read{{"£1m", claims.RoleShare, 0}}},
		{"Funding of £16m will be allocated to health boards", []read{{"£16m", claims.RoleShare, 0}}},
		{"Hull will get an extra £4m for roads", []read{{"£4m", claims.RolePackage, 0}}},
		// A sum in brackets after an item named, after the money it is
		// part of, is the item's share; with no money before it, no role.
		{"£2.6million is being made available for Rates Support (£2.1million) and Emergency Planning (£0.5 million)",
			[]read{{"£2.6million", claims.RolePackage, 0}, {"£2.1million", claims.RoleShare, 0}, {"£0.5 million", claims.RoleShare, 0}}},
		{"Rates Support (£2.1million) opens today", []read{{"£2.1million", claims.RoleUnknown, 0}}},
		// An item of a list whose verb is gapped is a share as the first
		// is; a figure after a clause of its own is not.
		{"Glasgow will receive £60.9 million of the fund, Edinburgh £37.8 million, and the Tay Cities region £19.5m",
			[]read{{"£60.9 million", claims.RoleShare, 0}, {"£37.8 million", claims.RoleShare, 0}, {"£19.5m", claims.RoleShare, 0}}},
		{"Leeds will receive £4m, while Bradford lost £3m", []read{{"£4m", claims.RoleShare, 0}, {"£3m", claims.RoleChange, 0}}},
		// Money stated year by year is each year's part of the whole
		// (yorkpress-2012, "would contain £1 million in 2012/13 and £1.5
		// million the next year"); one year's money alone, or a run
		// broken by a clause, is not split.
		{"the pot would hold £2m in 2014/15 and £3m the following year",
			[]read{{"£2m", claims.RoleShare, 0}, {"£3m", claims.RoleShare, 0}}},
		{"it holds £2m in 2024-25, £3m in 2025-26 and £4m in the 2026-27 financial year",
			[]read{{"£2m", claims.RoleShare, 0}, {"£3m", claims.RoleShare, 0}, {"£4m", claims.RoleShare, 0}}},
		{"the pot holds £2m in 2024", []read{{"£2m", claims.RoleUnknown, 0}}},
		// And month by month (scotgov-2020-councils), the verb of
		// receiving again after the list's joiner.
		{"the pot held £2m in May, £3m in June, and will receive £1m in July",
			[]read{{"£2m", claims.RoleShare, 0}, {"£3m", claims.RoleShare, 0}, {"£1m", claims.RoleShare, 0}}},
		{"the pot held £2m in May and £3m in June", []read{{"£2m", claims.RoleShare, 0}, {"£3m", claims.RoleShare, 0}}},
		// A cap on each grant is so much for each one (yorkpress-2012,
		// "up to £100,000 at a time"; thenational-2021, "with some
		// receiving up to £15,000"), but not "at a time when …".
		{"letting up to £50,000 at a time be spent by the leader", []read{{"up to £50,000", claims.RolePerUnit, 0}}},
		{"Clubs will get grants, with some receiving up to £8,000", []read{{"up to £8,000", claims.RolePerUnit, 0}}},
		{"We will invest £2m at a time when councils are stretched", []read{{"£2m", claims.RolePackage, 0}}},
		// Grants of a sum received are each one's (lancashiretelegraph-2024,
		// "28 schemes received grants of up to a maximum of £5,000").
		{"12 clubs received grants of up to a maximum of £2,000", []read{{"a maximum of £2,000", claims.RolePerUnit, 0}}},
		{"12 clubs received grants of £2,000", []read{{"£2,000", claims.RolePerUnit, 0}}},
		{"12 clubs received £2,000", []read{{"£2,000", claims.RoleShare, 0}}},
		// "All" of several receiving "a" sum receive one each
		// (thenational-2021, "all drivers who previously received a £1500
		// grant"); all of them receiving a sum may share it.
		{"with all farmers who previously received a £900 grant to get another", []read{{"£900", claims.RolePerUnit, 0}}},
		{"all councils will receive £5m", []read{{"£5m", claims.RoleShare, 0}}},
		// So does each of "the majority of" them (thenational-2021, "the
		// vast majority of operators would receive significantly less than
		// £10,000").
		{"the majority of shops would receive less than £3,000", []read{{"less than £3,000", claims.RolePerUnit, 0}}},
		{"the pot held £2m in 2014/15 but critics said £3m the next year", []read{{"£2m", claims.RoleUnknown, 0}, {"£3m", claims.RoleUnknown, 0}}},
		{"Leeds will receive £4m, it said £3m", []read{{"£4m", claims.RoleShare, 0}, {"£3m", claims.RoleUnknown, 0}}},
		// What several have between them is their share.
		{"English local authorities having just £25 million a year between them to improve services",
			[]read{{"£25 million a year", claims.RoleShare, 0}}},
		// A loss forecast is a sum of its own, not a change in the
		// package; a loss the speaker states is a change.
		{"charities were estimated to lose around £4bn in 12 weeks", []read{{"around £4bn", claims.RoleOther, 0}}},
		{"councils have lost £4bn since 2010", []read{{"£4bn", claims.RoleChange, 0}}},
		// Money someone is asked or has to find is needed.
		{"a funding announcement that asks them to find another £270 million", []read{{"£270 million", claims.RoleNeeded, 0}}},
		{"councils have to find £5m", []read{{"£5m", claims.RoleNeeded, 0}}},
		// Money that has backed work since a time gone by is another
		// item's; money backing the work to come is the package.
		{"We have been planning since last winter, supported by £50 million of funding from us",
			[]read{{"£50 million", claims.RoleOther, 0}}},
		{"The scheme, supported by £5m of funding, opens in May", []read{{"£5m", claims.RolePackage, 0}}},
		// Pounds a week or a month are each one's, not a package's; a
		// package a week is not.
		{"It may only be £1 a month", []read{{"£1 a month", claims.RolePerUnit, 0}}},
		{"families will get £20 a week", []read{{"£20 a week", claims.RolePerUnit, 0}}},
		{"we will spend just £350m a week", []read{{"£350m a week", claims.RolePackage, 0}}},
		{"the council will spend £900 a year", []read{{"£900 a year", claims.RolePackage, 0}}},
		// What one benefits from is a share, but the pot named by a
		// determiner or a possessive is the whole.
		{"schools would also benefit from the Government's one-off £1 billion package",
			[]read{{"£1 billion", claims.RolePackage, 0}}},
		{"Hull will benefit from a £5m fund", []read{{"£5m", claims.RolePackage, 0}}},
		{"Hull will benefit from £5m", []read{{"£5m", claims.RoleShare, 0}}},
		// An aside set off by dashes straight after a figure is a change of
		// it, in its terms, not new money; an extra sum elsewhere is.
		{"each patient will get £400 - an extra £50 - from April",
			[]read{{"£400", claims.RolePerUnit, claims.PerHead}, {"£50", claims.RoleChange, claims.PerHead}}},
		{"each child will receive £900 next year - up from £850",
			[]read{{"£900", claims.RolePerUnit, claims.PerHead}, {"£850", claims.RolePrevious, claims.PerHead}}},
		{"Leeds gets £4m, and there is an extra £2m for roads",
			[]read{{"£4m", claims.RoleShare, 0}, {"£2m", claims.RolePackage, 0}}},
		// https://totalassist.co.uk/osborne-under-fire-over-2bn-nhs-pledge/
		{"The party will say that the loss is the equivalent of almost £4,000 for every taxpayer.",
			[]read{{"almost £4,000", claims.RolePerUnit, claims.PerHead}}},
		// "from … to" with words between; a gap before the sum; money lost
		// is a change; a sum each of several get is per unit.
		{"it rose from £3m last year to £5m", []read{{"£3m", claims.RolePrevious, 0}, {"£5m", claims.RoleLevel, 0}}},
		{"the funding gap will reach £6bn by 2025", []read{{"£6bn", claims.RoleNeeded, 0}}},
		{"schools have lost £2bn in real terms since 2015", []read{{"£2bn", claims.RoleChange, claims.RealTerms}}},
		{"The money will be shared between 30 councils, each getting around £1m",
			[]read{{"around £1m", claims.RolePerUnit, 0}}},
		// Quotes of the records in examples/factcheck/testdata/real, which
		// give their sources. What a place benefits from is its share;
		// what a list is separated into, includes or is of this are
		// shares; "receive share of" makes the sum the whole; "part of"
		// before an extra sum makes it the whole; what is made available
		// is the package, as are a headline and a plan.
		{"The South West will benefit from more than £86million of investment thanks to the government’s Getting Building Fund.",
			[]read{{"more than £86million", claims.RoleShare, 0}}},
		{"38 schools across 16 London boroughs will receive share of £2.9 million City Hall funding",
			[]read{{"£2.9 million", claims.RolePackage, 0}}},
		{"It has increased by £1.15m, after the city was awarded part of an additional £74m cash pot",
			[]read{{"£1.15m", claims.RoleChange, 0}, {"£74m", claims.RolePackage, 0}}},
		{"In Leeds the reductions equate to a real-terms decrease in funding of £465.9m or 70 per cent over those fifteen years.",
			[]read{{"£465.9m", claims.RoleChange, claims.RealTerms}}},
		{"This makes available £5.1 billion in additional resources, to help local authorities", []read{{"£5.1 billion", claims.RolePackage, 0}}},
		{"£1 billion of this is for children’s and adult social care in 2024-25.", []read{{"£1 billion", claims.RoleShare, 0}}},
		{"This included £500 million of new funding for councils with responsibility for adult and children’s social care",
			[]read{{"£500 million", claims.RoleShare, 0}}},
		{"The funding is separated into a £500m earmarked grant to bolster councils’ social care budgets",
			[]read{{"£500m", claims.RoleShare, 0}}},
		{"Tories argued that the £2bn headline ‘extra funding’ headline was justified", []read{{"£2bn", claims.RolePackage, 0}}},
		{"The government has unveiled its £6 billion plan to boost local economies", []read{{"£6 billion", claims.RolePackage, 0}}},
		// https://www.cypnow.co.uk/content/opinion/behind-the-real-terms-con-schools-face-cuts
		{"we already know that the funding is planned to double again to £2.5bn by 2014/15.",
			[]read{{"£2.5bn", claims.RoleLevel, 0}}},
		{"their schools are allocated £430 a pupil", []read{{"£430", claims.RolePerUnit, 0}}},
		{"£10m a week", []read{{"£10m a week", claims.RoleUnknown, 0}}},
		// https://www.hsj.co.uk/acute-care/government-announces-aande-fund-winners/5063077.article
		{"Last year it was £330m, spread around most trusts. This year it’s only £250m, going to a few,",
			[]read{{"£330m", claims.RolePrevious, 0}, {"£250m", claims.RolePackage, 0}}},
		// The sum a clause opens on as its subject is the one announced.
		{"the £2.4m would bolster specialist support", []read{{"£2.4m", claims.RolePackage, 0}}},
		{"the £4bn did not even include the support provided via the UK Government's job retention scheme",
			[]read{{"£4bn", claims.RolePackage, 0}}},
		{"The £246,139 announced today is hugely welcome", []read{{"£246,139", claims.RoleUnknown, 0}}},
		{"Critics said the £2m was a drop in the ocean compared to the £20m needed",
			[]read{{"£2m", claims.RolePackage, 0}, {"£20m", claims.RoleNeeded, 0}}},
		// More words: a promise is the package; a rise on last year, and
		// a slash by, a change; what was got a share.
		{"Ministers have promised £1bn", []read{{"£1bn", claims.RolePackage, 0}}},
		{"We've invested a record £2.5bn this year, up £300m on last year",
			[]read{{"£2.5bn", claims.RolePackage, 0}, {"£300m", claims.RoleChange, 0}}},
		{"Funding has been slashed by £40m since 2010", []read{{"£40m", claims.RoleChange, 0}}},
		{"Councils asked for £1bn and got £500m", []read{{"£1bn", claims.RoleNeeded, 0}, {"£500m", claims.RoleShare, 0}}},
		// Another package the money follows is another item; an original
		// sum the level before; a hole or a sum short of the need needed;
		// where the total now stands a level.
		{"It follows a £300m fund announced in March", []read{{"£300m", claims.RoleOther, 0}}},
		{"It replaces a £3m scheme", []read{{"£3m", claims.RoleOther, 0}}},
		{"the original £1.2bn budget", []read{{"£1.2bn", claims.RolePrevious, 0}}},
		{"a £6bn hole in council budgets", []read{{"£6bn", claims.RoleNeeded, 0}}},
		{"A further £3m is required", []read{{"£3m", claims.RoleNeeded, 0}}},
		{"the government has given £450m, less than half the £1bn councils need",
			[]read{{"£450m", claims.RolePackage, 0}, {"£1bn", claims.RoleNeeded, 0}}},
		{"the £2.4m package will give victims the support they need", []read{{"£2.4m", claims.RolePackage, 0}}},
		{"The money falls £2bn short of what is required", []read{{"£2bn", claims.RoleNeeded, 0}}},
		{"We’ve now received a total of £1.7 million in extra funding from the Government",
			[]read{{"£1.7 million", claims.RoleLevel, 0}}},
		{"The council has now received £4m", []read{{"£4m", claims.RoleLevel, 0}}},
		{"41 projects will receive a total of £86,715,535.", []read{{"£86,715,535", claims.RoleShare, 0}}},
		{"The total is now £190m after an additional £9.2m",
			[]read{{"£190m", claims.RoleLevel, 0}, {"£9.2m", claims.RoleChange, 0}}},
	}
	for _, tt := range tests {
		var got []read
		for _, s := range claims.FromQuote(tt.quote) {
			got = append(got, read{s.Span.In(tt.quote), s.Role, s.Terms})
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(read{})); diff != "" {
			t.Errorf("FromQuote(%q) roles mismatch (-want +got):\n%s", tt.quote, diff)
		}
	}
}
