package claims

import (
	"slices"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// TestQuotationAssertions checks what quotations reads a quotation to
// assert, and its stance towards the announcement.
func TestQuotationAssertions(t *testing.T) {
	fig := currency.MustParseFigure
	count := funding.MustParseCount
	tests := []struct {
		quote  string
		want   func(q string) Assertions
		stance Stance
	}{
		{"We are investing £5m in youth clubs.", func(q string) Assertions {
			return Assertions{StatedAmount{Figure: fig("£5m"), Role: RolePackage, Span: at(q, "£5m")}}
		}, StanceUnknown},
		{"Councils needed £1.2bn and will receive £450m.", func(q string) Assertions {
			return Assertions{
				StatedAmount{Figure: fig("£1.2bn"), Role: RoleNeeded, Span: at(q, "£1.2bn")},
				StatedAmount{Figure: fig("£450m"), Role: RoleShare, Span: at(q, "£450m")},
			}
		}, StanceUnknown},
		{"We had a fully-costed proposal for a £4.5m inquiry into it.", func(q string) Assertions {
			return Assertions{Counterproposal{Purpose: "inquiry", Spending: funding.Inquiry, Cost: fig("£4.5m"), Costed: true,
				Span: at(q, "a fully-costed proposal for a £4.5m inquiry")},
				StatedAmount{Figure: fig("£4.5m"), Role: RoleProposal, Span: at(q, "£4.5m")}}
		}, Disputes},
		{"The Greens put forward a plan for £20m of counselling services.", func(q string) Assertions {
			return Assertions{Counterproposal{Proposer: "Greens", Purpose: "counselling services", Spending: funding.Services, Cost: fig("£20m"),
				Span: at(q, "a plan for £20m of counselling services")},
				StatedAmount{Figure: fig("£20m"), Role: RoleProposal, Span: at(q, "£20m")}}
		}, Disputes},
		// What a proposal costs: a counterproposal, where what a scheme
		// costs is other money.
		{"Our plans will cost £2m but save £500,000.", func(q string) Assertions {
			return Assertions{Counterproposal{Cost: fig("£2m"), Span: at(q, "Our plans will cost £2m")},
				StatedAmount{Figure: fig("£2m"), Role: RoleProposal, Span: at(q, "£2m")},
				StatedAmount{Figure: fig("£500,000"), Role: RoleOther, Span: at(q, "£500,000")}}
		}, Disputes},
		{"The new bridge will cost £2m.", func(q string) Assertions {
			return Assertions{StatedAmount{Figure: fig("£2m"), Role: RoleOther, Span: at(q, "£2m")}}
		}, StanceUnknown},
		// What another would have spent instead: a proposal, as "would
		// spend" is, not the package.
		{"Labour would have spent £6m on the roads.", func(q string) Assertions {
			return Assertions{StatedAmount{Figure: fig("£6m"), Role: RoleProposal, Span: at(q, "£6m")}}
		}, StanceUnknown},
		{"A Labour government would have invested £6m.", func(q string) Assertions {
			return Assertions{StatedAmount{Figure: fig("£6m"), Role: RoleProposal, Span: at(q, "£6m")}}
		}, StanceUnknown},
		{"It is too little, too late.", func(q string) Assertions {
			return Assertions{Insufficiency{Span: at(q, "too little")}, Lateness{Span: at(q, "too late")}}
		}, Disputes},
		{"The money is long overdue and nowhere near enough.", func(q string) Assertions {
			return Assertions{Lateness{Span: at(q, "long overdue")}, Insufficiency{Span: at(q, "nowhere near enough")}}
		}, Disputes},
		{"It comes after years of cuts by this government, frankly.", func(q string) Assertions {
			return Assertions{Lateness{Span: at(q, "after years of cuts by this government")}}
		}, Disputes},
		{"It just rings hollow.", func(string) Assertions { return nil }, Disputes},
		{"We warmly welcome this funding for the city.", func(q string) Assertions {
			return Assertions{Endorsement{Span: Span{0, len(q)}}}
		}, Supports},
		{"I am delighted to announce a £2m fund for carers.", func(q string) Assertions {
			return Assertions{StatedAmount{Figure: fig("£2m"), Role: RolePackage, Span: at(q, "£2m")}}
		}, StanceUnknown},
		{"The search found about 9,000 historic cases over the past 15 years, since 2022.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("about 9,000"), Noun: "historic cases", Span: at(q, "about 9,000 historic cases")}}
		}, StanceUnknown},
		{"Around 24,000 adults in London experience it each year.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("around 24,000"), Noun: "adults", Span: at(q, "Around 24,000 adults")}}
		}, StanceUnknown},
		// A time the count is a target for is in its words
		// (welshgov-2017, chiswickw4-2018).
		{"We want one million Welsh speakers by 2050.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("1 million"), Noun: "Welsh speakers", Span: at(q, "one million Welsh speakers by 2050")}}
		}, StanceUnknown},
		// A name's words run on to the plural noun they qualify.
		{"We will fund 150 Welsh medium nursery groups over the next decade.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("150"), Noun: "Welsh medium nursery groups", Span: at(q, "150 Welsh medium nursery groups over the next decade")}}
		}, StanceUnknown},
		{"We will provide 5000 homes in the next four years.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("5000"), Noun: "homes", Span: at(q, "5000 homes in the next four years")}}
		}, StanceUnknown},
		// A count of more of them: "more" opens its noun.
		{"We now have 500 more nurses on the wards.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("500"), Noun: "more nurses", Span: at(q, "500 more nurses")}}
		}, StanceUnknown},
		// Counts in words, as funding.ParseCount reads them.
		{"We are funding five schemes across the city.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("five"), Noun: "schemes", Span: at(q, "five schemes")}}
		}, StanceUnknown},
		{"It pays for the three London Sexual Assault Referral Centres.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("three"), Noun: "London Sexual Assault Referral Centres",
				Span: at(q, "three London Sexual Assault Referral Centres")}}
		}, StanceUnknown},
		{"About twenty officers will join, over two years.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("about twenty"), Noun: "officers", Span: at(q, "About twenty officers")}}
		}, StanceUnknown},
		// A number in words before "million" or "thousand", "one" too,
		// in digits (eveningexpress-2016).
		{"Nearly one million potholes will be repaired.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("nearly 1 million"), Noun: "potholes", Span: at(q, "Nearly one million potholes")}}
		}, StanceUnknown},
		{"We will build two thousand homes.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("2 thousand"), Noun: "homes", Span: at(q, "two thousand homes")}}
		}, StanceUnknown},
		// No counts: a pronoun, a time, a fraction, a proportion.
		{"It is one of the best things we have done in three years.", func(string) Assertions { return nil }, StanceUnknown},
		// A day of a month, and a number naming a rank or a step (rugby-2014,
		// thenational-2021).
		{"The cabinet confirmed the grants on 9 June 2014.", func(string) Assertions { return nil }, StanceUnknown},
		{"Last week (24 January) the government stepped in.", func(string) Assertions { return nil }, StanceUnknown},
		{"Firms under level 2 restrictions will get more help.", func(string) Assertions { return nil }, StanceUnknown},
		{"Schools in tier 4 areas will close.", func(string) Assertions { return nil }, StanceUnknown},
		// A duration, its unit qualified, and a share in words
		// (expressandstar-2024, guardian-2009, northumberland-2023).
		{"The programme has run over the last three financial years.", func(string) Assertions { return nil }, StanceUnknown},
		{"It is the biggest programme for almost two decades.", func(string) Assertions { return nil }, StanceUnknown},
		{"These bids, four out of five of which failed, cost the council.", func(string) Assertions { return nil }, StanceUnknown},
		{"It takes two thirds of the money.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "part of the money"}, Denominator: Quantity{Noun: "the money"},
				Stated: MustParseProportion("two thirds"), Span: at(q, "two thirds of the money")}}
		}, StanceUnknown},
		{"Only 9% of councils have a plan.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "part of councils"}, Denominator: Quantity{Noun: "councils"},
				Stated: MustParseProportion("9%"), Span: at(q, "9% of councils")}}
		}, StanceUnknown},
		// A demonstrative opens the noun phrase as "the" does.
		{"It took 87% of this year's budget.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "part of this year's budget"}, Denominator: Quantity{Noun: "this year's budget"},
				Stated: MustParseProportion("87%"), Span: at(q, "87% of this year's budget")}}
		}, StanceUnknown},
		{"Two thirds of the money goes to schools.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "part of the money"}, Denominator: Quantity{Noun: "the money"},
				Stated: MustParseProportion("Two thirds"), Span: at(q, "Two thirds of the money")}}
		}, StanceUnknown},
		// A fraction in figures is read as one in words
		// (thelondoneconomic-2016, "over 4/5 of the money"); a financial
		// year or a date is none.
		{"Over 4/5 of the money goes to schools.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "part of the money"}, Denominator: Quantity{Noun: "the money"},
				Stated: MustParseProportion("Over 4/5"), Span: at(q, "Over 4/5 of the money")}}
		}, StanceUnknown},
		{"In 2012/13 of the money we spent most on roads.", func(string) Assertions { return nil }, StanceUnknown},
		{"On 4/5/2020 of the money we spent most on roads.", func(string) Assertions { return nil }, StanceUnknown},
		{"Solved cases have more than doubled.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "Solved cases"}, Denominator: Quantity{Noun: "Solved cases before the change"},
				Stated: MustParseProportion("more than doubled"), Span: at(q, "more than doubled")}}
		}, StanceUnknown},
		// A noun before a change is what it is of, not its words
		// (pressandjournal-2018's "the annual rise of 3.4%").
		{"The annual rise of 3.4% was worth £2bn.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "annual"}, Denominator: Quantity{Noun: "annual before the change"},
				Stated: MustParseProportion("rise of 3.4%"), Span: at(q, "rise of 3.4%")},
				StatedAmount{Figure: fig("£2bn"), Role: RolePackage, Span: at(q, "£2bn")}}
		}, StanceUnknown},
		// A share's words run to the end of its whole, up to the clause's
		// verb (herald-2020).
		{"It covers 80 per cent of the wages of furloughed workers.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "part of the wages of furloughed workers"}, Denominator: Quantity{Noun: "the wages of furloughed workers"},
				Stated: MustParseProportion("80 per cent"), Span: at(q, "80 per cent of the wages of furloughed workers")}}
		}, StanceUnknown},
		// A fraction of the phrase straight after it, "of" left out
		// (building-2010).
		{"Our cut would be almost half that figure.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "part of that figure"}, Denominator: Quantity{Noun: "that figure"},
				Stated: MustParseProportion("almost half"), Span: at(q, "almost half that figure")}}
		}, StanceUnknown},
		{"It covers around half of the cost of repairs facing the county's schools this year.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "part of the cost of repairs facing the county's schools this year"},
				Denominator: Quantity{Noun: "the cost of repairs facing the county's schools this year"},
				Stated:      MustParseProportion("around half"), Span: at(q, "around half of the cost of repairs facing the county's schools this year")}}
		}, StanceUnknown},
		{"Nearly 90% of the extra funding in this document has been provided by the UK.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "part of the extra funding in this document"}, Denominator: Quantity{Noun: "the extra funding in this document"},
				Stated: MustParseProportion("Nearly 90%"), Span: at(q, "Nearly 90% of the extra funding in this document")}}
		}, StanceUnknown},
		// A multiple in words, as in digits; "three times a week" is a
		// frequency.
		{"We spend four times as much on roads as on parks.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "spend"}, Denominator: Quantity{Noun: "spend before the change"},
				Stated: MustParseProportion("four times"), Span: at(q, "four times")}}
		}, StanceUnknown},
		{"We meet three times a week.", func(string) Assertions { return nil }, StanceUnknown},
		{"The fund is open for applications twice a year.", func(string) Assertions { return nil }, StanceUnknown},
		// The year a change is measured from is not what it is a change of
		// (pressandjournal-2015): with no other noun, the change is a note.
		{"It was a 4.7% increase on 2014-15.", func(string) Assertions { return nil }, StanceUnknown},
		// A percentage ranking a group is no share asserted
		// (jerseyeveningpost-2023).
		{"It is a tax cut for the richest 1% of the country.", func(string) Assertions { return nil }, StanceUnknown},
		{"There was a threefold increase in solved cases over the past year.", func(q string) Assertions {
			return Assertions{RatioClaim{Numerator: Quantity{Noun: "solved cases over the past year"}, Denominator: Quantity{Noun: "solved cases before the change"},
				Stated: MustParseProportion("a threefold increase"), Span: at(q, "a threefold increase in solved cases")}}
		}, StanceUnknown},
	}
	for _, tt := range tests {
		q, ok := checkLoneQuote(t, tt.quote, tt.want)
		if ok && (q.claim.Stance != tt.stance || q.responds != (tt.stance != StanceUnknown)) {
			t.Errorf("quotation %q: stance %v, responds %v; want %v", tt.quote, q.claim.Stance, q.responds, tt.stance)
		}
	}
}

// TestDraftRecordCounterfactual checks that what a rival says it would
// have spent is drafted as a proposal, weighed against nothing, not left a
// figure of no role beside the council's £3m.
func TestDraftRecordCounterfactual(t *testing.T) {
	const article = "Council gives £3m to mend the town's roads\n\nPublished 3 May 2024\n\n" +
		"The council has announced £3m to mend the town's roads this year, after a hard winter left many of them damaged.\n" +
		"The money will pay for 400 potholes to be filled by the end of the summer.\n" +
		"Jo Bloggs, the Labour group leader, said: \"Labour would have spent £6m on the roads.\"\n"
	d := checkedDraft(t, article)
	var got []Role
	for _, c := range d.Record.Claims {
		for _, a := range c.Assertions {
			if sa, ok := a.(StatedAmount); ok && sa.Figure.Text() == "£6m" {
				got = append(got, sa.Role)
			}
		}
	}
	if want := []Role{RoleProposal}; !slices.Equal(got, want) {
		t.Errorf("DraftRecord(%q): roles of “£6m” %v, want %v", article, got, want)
	}
	if h, want := d.Record.Packages[0].Headline, currency.MustParseFigure("£3m"); !h.Equal(want) {
		t.Errorf("DraftRecord(%q): headline %v, want %v", article, h, want)
	}
}
