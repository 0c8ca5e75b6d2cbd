package main

import (
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/examples/internal/golden"
)

// realStories are real UK funding stories modelled as records under
// testdata/real, each from its <slug>.md, with the key figures of the
// findings worked out by hand from the .md file's checks. Each want is a
// piece of the text report that must appear in it.
var realStories = []struct {
	slug string
	want []string // in the text report
	md   []string // in the Markdown report, which also shows the record
}{
	{"wychavon-2020-246139-share-of-900m", []string{
		// Wychavon's £246,139 is its own allocation, nested in the £900m.
		"Finding 1: “£246,139”\nVerdict: accurate\nFigures: stated £246,139; recorded £246,139 (allocation); difference £0 (0%)",
		// £900m + £100m = £1bn: "a £1 billion extra" is the two together.
		"Finding 1: “£1 billion”\nVerdict: accurate\nFigures: stated £1 billion; recorded £1,000,000,000 (itemisation); difference £0 (0%)",
		// "a total of £1.7 million" is Wychavon's running total since the
		// pandemic began, not the £246,139: a level, not weighed.
		"Finding 2: “£1.7 million”\nVerdict: not assessed",
	}, nil},
	{"suffolk-2024-600m-mere-fraction", []string{
		// "separated into" £500m + £100m: the list is exhaustive, and
		// 500 + 100 = 600, the headline.
		"Finding 1: “£600 million”\nVerdict: accurate\nFigures: stated £600 million; recorded £600,000,000 (itemisation); difference £0 (0%)",
		// The radio report and Gove's statement agree on the £500m.
		"Finding 2: “£500 million”\nVerdict: accurate\nFigures: stated £500 million; recorded £500m (allocation); difference £0 (0%)",
		// "a mere fraction of what is required" names no figure.
		"Verdict: opinion\nFigures: recorded £600,000,000 (itemisation).",
	}, nil},
	{"getting-building-fund-2020-south-west", []string{
		// 86,715,535 − 86,000,000 = 715,535, so "more than £86million"
		// holds; 715,535 / 86,715,535 is 0.83%.
		"Verdict: accurate\nFigures: stated more than £86million; recorded £86,715,535 (allocation); difference -£715,535 (-0.8%)",
		// Jenrick's £1.3bn is the day's wider announcement, not the £900m
		// fund: 1,300,000,000 > 900,000,000, so it cannot be a part of it,
		// and it is not weighed against it (it was called overstated by
		// £400m).
		"Finding 1: “£1.3billion”\nVerdict: not assessed\nFigures: stated £1.3billion.\n“£1.3billion” is another item’s figure, not the package, so it is not weighed against the £900m package. It is more than the whole of the £900m package, so it cannot be a part of it.",
	}, []string{
		// £900million admits £899.5m to £900.5m; less the South West's
		// £86,715,535 that leaves £812,784,465 to £813,784,465 unnamed.
		"the unnamed remainder is between £812,784,465 and £813,784,465",
		// 86,715,535 / 41 is 2,115,013.04 with 36p over: 36 projects get
		// a penny more.
		"| £86,715,535 | South West projects | 36 × £2,115,013.05 + 5 × £2,115,013.04 |",
		// The list names only the South West, so money per project is on
		// the headline: £900m over more than 300 is less than £3m each.
		"less than £3,000,000 per project on the headline’s £900,000,000",
	}},
	{"telford-2019-3-6m-one-off-pot", []string{
		// 1 + 1 + 1.3 = £3.3m named of the £3.6m; "£3.6 million" admits
		// £3.55m to £3.65m, so £250,000 to £350,000 is unnamed.
		"the named parts, £3,300,000, are part of \"£3.6 million\"; the unnamed remainder is between £250,000 and £350,000",
		// The savings are the council budget's, not the pot's: a level a
		// year and a total over three years, neither weighed.
		"Finding 1: “£117 million a year”\nVerdict: not assessed\nFigures: stated £117 million a year.",
		"Finding 2: “£30 million over the next three years”\nVerdict: not assessed\nFigures: stated £30 million over three years.",
	}, nil},
	{"osborne-2014-nhs-2bn-recycled", []string{
		"Finding 1: “£2bn”\nVerdict: accurate\nFigures: stated £2bn; recorded £2bn (headline); difference £0 (0%)",
		// £750m of the £2bn is recycled: £1.25bn is new.
		"£750m of it had been announced before",
		// "£750m of the £2bn" is a share with no allocation to weigh.
		"Finding 2: “£750m”\nVerdict: not assessed",
		// Over four years on both sides: like with like.
		"Figures: stated £1.1bn over four years; recorded £1.1bn over four years (headline); difference £0 (0%)",
		// A cost per taxpayer and the £116.5bn are not the package.
		"Finding 2: “almost £4,000 for every taxpayer”\nVerdict: not assessed",
	}, nil},
	{"pupil-premium-2011-doubling-real-terms", []string{
		// 625,000,000 × 2 = 1,250,000,000: exactly a doubling.
		"Finding 1: “a doubling”\nVerdict: accurate\nFigures: ratio 2.",
		// 1,250,000,000 × 2 = 2,500,000,000: doubled again.
		"Finding 1: “double again”\nVerdict: accurate\nFigures: ratio 2.",
		"from £625m to £1.25bn",
		"describes it as a re-announcement, not new money, for 2012-13",
		// The record holds the schools budget's change as the sources
		// give it, 2.1% in cash and 0.1% in real terms (1.021 / 1.020 is
		// 1.00098 at the assumed 2% inflation), with no money: each claim
		// is weighed against its own, and a cash rise is never taken for a
		// real one.
		"Finding 1: “increase by 2.1 per cent”\nVerdict: accurate\nFigures: ratio 1.021.\nThe record’s change is a 2.1% increase",
		"Finding 2: “0.1 per cent in real terms”\nVerdict: accurate\nFigures: ratio 1.001.\nThe record’s change in real terms is a 0.1% increase",
	}, nil},
	{"nhs-england-2014-15-to-2020-21-cash-real", []string{
		// 119.9 − 98.1 = 21.8: the record's change agrees with itself.
		"from £98.1bn to £119.9bn, an increase of £21.8bn",
		"Finding 1: “£98.1 billion”\nVerdict: accurate",
		"Finding 1: “£101.3 billion”\nVerdict: accurate",
		// 101.3 / 98.1 is a 3.26% rise in cash, which must not be taken
		// for the 1.9% real rise: the record holds the table's real rise,
		// and the claim is weighed against that.
		"Finding 2: “1.9%”\nVerdict: accurate\nFigures: ratio 1.019.\nThe record’s change in real terms is a 1.9% increase",
		// "£21.8 billion ... in cash terms, or £10 billion in real terms":
		// the £10bn against the record's real change, not the £21.8bn.
		"Finding 4: “£10 billion in real terms”\nVerdict: accurate\nFigures: stated £10 billion; recorded £10 billion (change); difference £0 (0%)",
		"from £98.1bn to £119.9bn, an increase of £21.8bn, or an increase of £10bn in real terms.",
	}, nil},
	{"hip-2019-40-hospitals-13bn", []string{
		// 2.7 + 0.1 = £2.8bn named; "£13bn" admits £12.5bn to £13.5bn, so
		// £9.7bn to £10.7bn is unnamed, and the headline is not called
		// unsupported.
		"the named parts, £2,800,000,000, are part of \"£13bn\"; the unnamed remainder is between £9,700,000,000 and £10,700,000,000",
		// The Guardian's £3bn for the six against PoliticsHome's £2.7bn:
		// 0.3 / 2.7 = 11.1%, beyond the 10% rounding allows.
		"Figures: stated £3bn; recorded £2.7bn (allocation); difference +£300m (+11.1%)",
		"Finding 2: “40 new hospitals”\nVerdict: accurate",
		// Ashworth's "just reconfiguring six", a count with no money,
		// against the six the £2.7bn first phase is for.
		"Finding 1: “six”\nVerdict: accurate\nFigures: stated 6; recorded 6 (allocation); ratio 1.\n“6 hospitals” agrees with the record: the allocation “First phase, until 2025” is for 6.",
	}, []string{
		// Each allocation's own count: 2.7bn / 6 = £450m; 100m / 34 =
		// 2,941,176.47 with 2p over, which two hospitals get.
		"| £2.7bn | First phase, until 2025 | 6 × £450,000,000 |",
		"2 × £2,941,176.48 + 32 × £2,941,176.47",
		// The list is partial, so money per hospital is on the headline:
		// £13bn / 40 = £325m.
		"£325,000,000 per hospital on the headline’s £13,000,000,000",
	}},
	{"gla-2018-boroughs-11-6m-top-up", []string{
		// 11.6 > 10, by 1.6m: 1.6 / 11.6 = 13.8% of the record.
		"Figures: stated more than £10m; recorded £11.6m (headline); difference -£1.6m (-13.8%)",
		// A top-up of the boroughs' earlier money, which the record holds
		// no package for: 237 − 11.6 = £225.4m before.
		"The record says it tops up an earlier level of money, which the record holds no package for, bringing the total to £237m, an increase of £11.6m.",
		// £114m of more than £1bn is named: more than £886m is not.
		"the unnamed remainder is at least £886,000,000",
		"Finding 1: “£700m-a-year”\nVerdict: not assessed",
	}, []string{
		// 11,600,000 / 33 = 351,515.15 (an average: the money goes by formula).
		"£351,515.15 per borough on the headline’s £11,600,000",
	}},
	{"lgfs-2023-24-settlement-9-4-percent", []string{
		"Finding 1: “£5.1 billion”\nVerdict: accurate\nFigures: stated £5.1 billion; recorded £5.1 billion (headline); difference £0 (0%)",
		// "around £2 billion" admits £1.5bn to £2.5bn; with £19.1m and
		// £10m the named parts are £1,529.1m to £2,529.1m, and of the
		// £5.05bn to £5.15bn headline £2,520.9m to £3,620.9m is unnamed.
		"the named parts, between £1,529,100,000 and £2,529,100,000, are part of \"£5.1 billion\"; the unnamed remainder is between £2,520,900,000 and £3,620,900,000",
		// The record holds the statement's 9.4% as the change's
		// percentage; the claim says the same.
		"Finding 2: “9.4%”\nVerdict: accurate\nFigures: ratio 1.094.\nThe record’s change is a 9.4% increase",
		// 59.7 / 1.094 = 54.5704 bn before; 59.7 − 5.1 = 54.6 bn: the
		// two agree through the inputs' rounding.
		"“£5.1 billion” agrees with “an increase of 9.4%”: both imply a level before of about £54,570,383,912.",
		// A dollar sign for pounds is a currency mismatch, never £.
		"Finding 1: “$5.1 billion”\nVerdict: not like for like",
		// £19m for £19.1m: 0.1 / 19.1 = 0.5%.
		"Finding 1: “£19 million”\nVerdict: rounded\nFigures: stated £19 million; recorded £19.1 million (allocation); difference -£100,000 (-0.5%)",
	}, nil},
	{"nhs-2019-hospital-upgrades-1-8bn", []string{
		// "£1.8 billion" admits £1.75bn to £1.85bn; less the £850m for 20
		// hospitals, £900m to £1bn is unnamed.
		"the named parts, £850,000,000, are part of \"£1.8 billion\"; the unnamed remainder is between £900,000,000 and £1,000,000,000",
		// £1,800,000,000 is £1.8 billion exactly.
		"Figures: stated £1,800,000,000; recorded £1.8 billion (headline); difference £0 (0%)",
		"Finding 1: “£33.9 billion”\nVerdict: accurate",
		// "£33,900,000 a year" is per year, the record's £33.9bn is not:
		// never compared as if both were totals.
		"Finding 1: “£33,900,000 a year”\nVerdict: not like for like",
		// And its digits are the settlement's at a thousandth of the
		// scale: 33,900,000 × 1,000 = 33,900,000,000, a slip of scale
		// between Mann's page and Heaton-Harris's.
		"“£33,900,000 a year” has the digits of the record’s £33.9bn at a thousandth of its scale (£33,900,000 × 1,000 = £33,900,000,000): it looks like a slip of scale rather than another figure.",
	}, []string{
		// Per hospital from the £850m's own count: 850,000,000 / 20 =
		// 42,500,000, not 1,800,000,000 / 20 = 90,000,000.
		"| £850m | Upgrades to outdated facilities and equipment at 20 hospitals | 20 × £42,500,000 |",
	}},
	{"leeds-2014-70m-further-reductions", []string{
		// 46 + 23.4 = £69.4m for the two years, £600,000 short of £70m:
		// 0.6 / 69.4 = 0.86%. The list is exhaustive (next year, the
		// year after), so the shortfall stands.
		"Figures: stated £70m; recorded £69,400,000 (itemisation); difference +£600,000 (+0.9%)",
		"bringing the total to £268.1m, an increase of £1.15m",
		// £1.15m less £1.1m is £50,000: 0.05 / 1.15 = 4.35%.
		"Figures: stated £1.1m; recorded £1.15m (allocation); difference -£50,000 (-4.3%)",
		// 465.9 / 0.70 = 665.57m fifteen years before, in real terms.
		"“a cut of 70 per cent” implies a level before of £665,571,429",
		// Of the £74m, £1.15m is Leeds's: £72.35m to £73.35m is not named.
		"the unnamed remainder is between £72,350,000 and £73,350,000",
	}, nil},
	{"gla-2025-greener-schools-2-9m", []string{
		"Finding 1: “38 schools”\nVerdict: accurate\nFigures: stated 38; recorded 38 (measure)",
		"Figures: stated £2.9 million; recorded £2,900,000 (itemisation); difference £0 (0%)",
		// The boroughs' £9.6m is leveraged, not part of the pilot.
		"Finding 2: “£9.6 million”\nVerdict: not assessed",
	}, []string{
		// 2,900,000 / 38 = 76,315.78 with 36p over: 36 schools get a
		// penny more.
		"| £2.9m | 38 schools across 16 London boroughs | 36 × £76,315.79 + 2 × £76,315.78 |",
	}},
	{"mental-health-2016-1bn-total-or-per-year", []string{
		// 290 + 250 + 400 = £940m named of "almost £1bn": at most £60m
		// more, and only the headline's own five-year term is compared.
		"the named parts, £940,000,000, are part of \"almost £1bn over five years\"; the unnamed remainder is at most £60,000,000",
		"Figures: stated £1bn a year; recorded £1bn a year (headline); difference £0 (0%)",
		// The profile, £17.8m and up to £54m (at most £71.8m), is
		// within the £71.5m to £72.5m that "£72 million" admits: no
		// contradiction.
		"Figures: stated £72 million over two years; recorded £72 million over two years (headline); difference £0 (0%)",
		"Finding 1: “£105 billion a year”\nVerdict: not assessed",
		// "almost £250 million" for the £250m: the money is exactly as
		// said, £0 apart, and only "almost" (below 250,000,000) is off.
		// It was understated, with a difference of £0.
		"Finding 2: “almost £250 million”\nVerdict: rounded\nFigures: stated almost £250 million; recorded £250m (allocation); difference £0 (0%)",
		"strictly £250,000,000 is not nearly £250m",
		"Finding 3: “over £400 million”\nVerdict: rounded",
	}, nil},
	{"nhs-winter-2013-a-and-e-250m", []string{
		// 57 + 51 + 25 + 16 = £149m plus roughly £62m (£55.8m to
		// £68.2m at the 10% "roughly" allows): £204.8m to £217.2m named;
		// of £249.5m to £250.5m that leaves £32.3m to £45.7m.
		"the named parts, between £204,800,000 and £217,200,000, are part of \"£250m\"; the unnamed remainder is between £32,300,000 and £45,700,000",
		// 250,000,000 / 53 = 4,716,981.13 a trust.
		"£250m over 53 trusts judged to need it most is £4,716,981.13 per trust",
		"tops up the package “ae-fund-2013”, announced as “£250m”, an increase of £150m",
		// And the earlier package's findings say so: 250 + 150 = £400m,
		// so "only £250m" against last year's £330m is read beside the
		// £400m it became.
		"Finding 3: “only £250m”\nVerdict: opinion",
		"It was later topped up by the package “ae-top-up-2013”, announced as “£150m”, by £150m, bringing the total to £400m.\nRecord sources",
	}, []string{
		// 150,000,000 / 157 = 955,414.01, an average: the split is by
		// population.
		"£955,414.01 per clinical commissioning group on the headline’s £150,000,000",
	}},
	{"lgfs-2024-25-settlement-64-7bn", []string{
		// "of which £2 billion" of "almost £4 billion" (£3.6bn up to
		// £4bn at the 10% "almost" allows): £1.6bn up to £2bn unnamed.
		"the named parts, £2,000,000,000, are part of \"almost £4 billion\"; the unnamed remainder is between £1,600,000,000 and £2,000,000,000",
		// 64 / 1.065 = 60.094bn; 64 − 4 = 60bn: the two agree.
		"“almost £4 billion” agrees with “an increase of 6.5%”: both imply a level before of about £60,093,896,714.",
		// Of up to £4.5bn, the £600m of 24 January is named: at most
		// £3.9bn is not.
		"the named parts, £600,000,000, are part of \"up to £4.5 billion\"; the unnamed remainder is at most £3,900,000,000",
		// £500m inside the £600m, nested.
		"Finding 2: “£500 million”\nVerdict: accurate\nFigures: stated £500 million; recorded £500 million (allocation); difference £0 (0%)",
	}, nil},
	{"growth-deals-2014-6bn-nested", []string{
		// 170 + 151 + 112 = £433m of the regions is named; "£6 billion"
		// admits £5.5bn to £6.5bn, leaving £5,067m to £6,067m.
		"the named parts, £433,000,000, are part of \"£6 billion\"; the unnamed remainder is between £5,067,000,000 and £6,067,000,000",
		// Three levels down, "including an £18m plan" is its own item.
		"Finding 3: “£18m”\nVerdict: accurate\nFigures: stated £18m; recorded £18m (allocation); difference £0 (0%)",
		// The £12bn is the programme the £6bn is half of, not a rival.
		"Finding 2: “£12 billion”\nVerdict: not assessed",
		// Each level reconciled where a finding relies on it: 50 + 40 +
		// 35 = £125m named of "£170 million" (£169.5m to £170.5m).
		"“£170 million” matches the £170m allocation “Greater Manchester”. Its own allocations name only part of it: the named parts, £125,000,000, are part of \"£170 million\"; the unnamed remainder is between £44,500,000 and £45,500,000.",
		// 26 + 22 + 24 + 15.4 = £87.4m of "£112 million" (£111.5m to
		// £112.5m): £24.1m to £25.1m unnamed.
		"the unnamed remainder is between £24,100,000 and £25,100,000.",
	}, []string{
		// Every level in the record's section: £18m of "£50m" (£49.5m to
		// £50.5m) leaves £31.5m to £32.5m; London's 70 + 55 = £125m of
		// "£151 million" leaves £25.5m to £26.5m.
		"| £18m | Greater Manchester › Transport improvement investments › Plan to revamp the Metrolink transport system |",
		"\nGreater Manchester › Transport improvement investments: the named parts, £18,000,000, are part of \"£50m\"; the unnamed remainder is between £31,500,000 and £32,500,000.\n",
		"\nLondon: the named parts, £125,000,000, are part of \"£151 million\"; the unnamed remainder is between £25,500,000 and £26,500,000.\n",
	}},
}

// TestRealStories runs each real story's record through the text report,
// compares it with its golden file and checks its key figures.
func TestRealStories(t *testing.T) {
	for _, story := range realStories {
		t.Run(story.slug, func(t *testing.T) {
			file := "testdata/real/" + story.slug + ".json"
			got := string(golden.RunOK(t, run, []string{"-format", "text", file}, ""))
			golden.Compare(t, "testdata/real/"+story.slug+".txt.golden", []byte(got))
			for _, want := range story.want {
				if !strings.Contains(got, want) {
					t.Errorf("%s: the report lacks %q", file, want)
				}
			}
			md := string(golden.RunOK(t, run, []string{"-format", "md", file}, ""))
			for _, want := range story.md {
				if !strings.Contains(md, want) {
					t.Errorf("%s: the Markdown report lacks %q", file, want)
				}
			}
		})
	}
}
