package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// moneyOf summarises the money of a drafted record: per package its
// headline and its allocations (with a count after "×"), and per claim the
// role of each figure it states.
func moneyOf(r Record) []string {
	var out []string
	for _, p := range r.Packages {
		s := "package " + p.Headline.String()
		for _, a := range p.Allocations {
			s += "; share " + a.Figure().String()
			var parts []string
			for _, b := range a.Allocations {
				parts = append(parts, b.Figure().String())
			}
			if len(parts) > 0 {
				s += " (" + strings.Join(parts, ", ") + ")"
			}
			if !a.Count.IsZero() {
				s += " ×" + a.Count.String()
			}
		}
		out = append(out, s)
	}
	for _, c := range r.Claims {
		var roles []string
		for _, a := range c.Assertions {
			if sa, ok := a.(StatedAmount); ok {
				roles = append(roles, sa.Figure.String()+" "+sa.Role.String())
			}
		}
		if len(roles) > 0 {
			out = append(out, "claim "+strings.Join(roles, ", "))
		}
	}
	return out
}

// TestDraftMoney drafts short announcements, typed in for the purpose,
// and checks where each figure goes: the package, its allocations, a
// package of its own, or a claim's stated amount with its role.
func TestDraftMoney(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// welshgov-2018-settlement: a lede in which a whole class of
			// recipients receives money states the package, though no
			// verb announces it; a cut later is not the headline, nor is
			// money after "the announcement of" something else.
			text: "Schools in Kent will receive £5m in extra funding next year to spend on repairs. This includes £1m for roofs.\n",
			want: []string{"package £5m; share £1m"},
		},
		{
			text: "Schools in Kent will receive £5m in extra funding next year to spend on repairs.\n\nAfter the announcement of the budget last year, they were facing a 1% reduction in core funding, equivalent to a £3m reduction in cash terms.\n",
			want: []string{"package £5m"},
		},
		{
			// A sentence announcing money in so many words after such a
			// lede wins over it, and one named recipient's money is its
			// share of the whole.
			text: "Schools in Kent will receive £5m for repairs. The Government has announced a £40m fund for school repairs across England.\n",
			want: []string{"package £40m; share £5m", "claim £40m package"},
		},
		{
			text: "Kent County Council will receive £5m for repairs. The Government has announced a £40m fund for school repairs across England.\n",
			want: []string{"package £40m; share £5m", "claim £40m package"},
		},
		{
			// Money the package "forms part of" is a package of its own.
			text: "The council has announced £2m for its parks.\n\nThe money forms part of the £30m green recovery programme, which was set out in the spring.\n",
			want: []string{"package £2m", "package £30m", "claim £2m package"},
		},
		{
			// A sentence opening in the past announces money apart, and
			// whom it names are that money's recipients.
			text: "The Scottish Government has announced £4m to support rural bus services.\n\nLast month, ministers invested £1m in island councils to help repair roads.\n",
			want: []string{"package £4m", "package £1m; share £1m", "claim £4m package"},
		},
		{
			// govuk-2018-hospitals: so does one giving money in the simple
			// past ("Earlier this year the government provided £36.3
			// million to ambulances trusts"), but not one giving it to come.
			text: "The Scottish Government has announced £4m to support rural bus services.\n\nEarlier this year, ministers provided £1m to island councils to help repair roads.\n",
			want: []string{"package £4m", "package £1m; share £1m", "claim £4m package"},
		},
		{
			text: "The Scottish Government has announced £4m to support rural bus services.\n\nIn March, ministers will provide £1m to island councils to help repair roads.\n",
			want: []string{"package £4m; share £1m", "claim £4m package"},
		},
		{
			// What each pupil receives, and its change in an aside, are
			// money per head, no package's whole.
			text: "The council has announced that each pupil will receive £400 - an extra £50 - next year.\n\nThe council will also invest £3m in new classrooms.\n",
			want: []string{"package £3m", "claim £400 per unit, £50 change"},
		},
		{
			// Money a public body gave in the past, for no recipient the
			// sentence names, is a package of its own; given to one, a
			// share.
			text: "The council has announced £2m for its parks.\n\nThe Welsh Government allocated £500,000 last year in an attempt to cut waiting lists.\n",
			want: []string{"package £2m", "package £500,000", "claim £2m package"},
		},
		{
			text: "The council has announced £2m for its parks.\n\nThe Welsh Government allocated £500,000 to Cardiff Council for its parks.\n",
			want: []string{"package £2m; share £500,000", "claim £2m package"},
		},
		{
			// A sentence opening apart gives money of its own, but not the
			// money within the whole that "the" names as known.
			text: "The council has announced £2m for its parks.\n\nMeanwhile, the £500,000 for play areas came from an older pot.\n",
			want: []string{"package £2m; share £500,000", "claim £2m package"},
		},
		{
			text: "The council has announced £2m for its parks.\n\nMeanwhile, £500,000 for play areas came from an older pot.\n",
			want: []string{"package £2m", "package £500,000", "claim £2m package"},
		},
		{
			// A count of recipients sharing the whole.
			text: "Today the Health Secretary confirmed 42 hospitals will be allocated a share of £150 million to expand their wards.\n",
			want: []string{"package £150m; share £150m ×42", "claim £150m package"},
		},
		{
			// Money "also announced" beside the package is a package of its
			// own, all of it the subject's that "will also receive" it;
			// "for the winter" says when, not whom.
			text: "The Welsh Government has announced £6m for school meals.\n\nIt was also announced that the food bank network will also receive an extra £500,000 for the winter.\n",
			want: []string{"package £6m", "package £500,000; share £500,000", "claim £6m package"},
		},
		{
			// A financial year after "for" says when, not whom: no
			// recipient "25" counted 2,024 times.
			text: "The UK Government has announced £1.4 billion for local growth.\n\nAlso last week the Chancellor confirmed the Scottish Government will receive Barnett Consequentials of £1.5 billion for 2024/25.\n",
			want: []string{"package £1.4bn", "package £1.5bn", "claim £1.4bn package"},
		},
		{
			// "A further" sum larger than the package is no part of it.
			text: "The Mayor has pledged £20 million for youth clubs.\n\nAnd a further £75 million was set aside for housing repairs.\n",
			want: []string{"package £20m", "package £75m", "claim £20m package"},
		},
		{
			// "A further" sum that no words give to anyone.
			text: "Ministers have announced a £900m recovery fund for high streets.\n\nA further £60m was passed on after the Budget.\n",
			want: []string{"package £900m", "package £60m", "claim £900m package"},
		},
		{
			// An itemising sentence's item after "and an extra".
			text: "The charity will receive £2.5m per year for the next three years. This comprises £1.5m of core funding and an extra £1m per year under the budget agreement.\n",
			want: []string{"package £2.5m a year over 3 years; share £1.5m; share £1m a year"},
		},
		{
			// A plan opening the article is what it is about.
			text: "The Liberal Democrats would spend £4bn a year on social care under plans set out by the party yesterday.\n\nCouncils across England spent £2bn on home visits in March.\n",
			want: []string{"package £4bn a year"},
		},
		{
			// A gloss is no headline; the money named by its figure is.
			text: "Ann Jones said the grant, equivalent to about £2m a month, came too late.\n\nTom Hill warned the £24m settlement would not last.\n",
			want: []string{"package £24m", "claim about £2m a month unknown", "claim £24m package"},
		},
		{
			// The fullest statement of the lede's figure is the headline.
			text: "The party's manifesto has plans to spend £8bn on railways.\n\nThe document promises more than £8bn over the parliament.\n",
			want: []string{"package more than £8bn"},
		},
		{
			// "received criticism" announces no money; the figure named
			// as the money does.
			text: "Ann Jones said the grant, equivalent to about £1m a week, would be paid this year.\n\nThe minister has received criticism for his claim that the country would take back control of £40m a month.\n\nTom Hill said the £90m fund is far too small.\n",
			want: []string{"package £90m", "claim about £1m a week unknown", "claim £40m a month unknown", "claim £90m package"},
		},
		{
			// The term a later mention of the figure adds is the headline's.
			// The plan the article announces is its package, so the plan's
			// figure in the announcing sentence is the package's (as the
			// corpus's building-2010 record has it), not a proposal
			// against it.
			text: "The Greens would invest £6bn extra each year in home insulation.\n\nTheir leader said the plans would mean £6bn a year more than the government.\n",
			want: []string{"package £6bn a year", "claim £6bn package", "claim £6bn a year change"},
		},
		{
			// The summary above the line that dates the article is no
			// claim; the body's announcing sentence is.
			text: "Minister confirms money for potholes\n\nTransport Secretary Jo Bloggs announces £40 million for councils to fix potholes.\n\nPublished 3 March 2024\n\nCouncils will share £40 million to fix potholes, Transport Secretary Jo Bloggs has announced.\n",
			want: []string{"package £40m", "claim £40m package"},
		},
		{
			// A proposal of the package's cost, outside the sentence
			// announcing it, stays a proposal set against the package.
			text: "The council has announced a £2m package for parks.\n\nJo Bloggs said: “We had a fully-costed proposal for a £2m inquiry.”\n",
			want: []string{"package £2m", "claim £2m package", "claim £2m proposal"},
		},
		{
			// One council's "share of" the money is not all of it.
			text: "The Local Government Secretary has announced £400 million for councils to repair roads.\n\nLast week ministers confirmed the borough council will benefit from a share of £90 million for flood defences.\n",
			want: []string{"package £400m", "package £90m", "claim £400m package"},
		},
		{
			// A claim stating the headline as someone's allocation, which
			// no allocation of the record holds, states the package.
			text: "Wales will receive an extra £120 million from the Treasury, the Chancellor confirmed.\n\nThe Treasury said: \"Wales would receive an allocation of £120 million.\"\n",
			want: []string{"package £120m", "claim £120m package", "claim £120m package"},
		},
		{
			// An owner's money that includes items holds them as its parts.
			text: "The Welsh Government has announced a £90m package to help the economy recover.\n\nHousing’s £30m includes £12m for empty homes and £8m for repairs.\n",
			want: []string{"package £90m; share £30m (£12m, £8m)", "claim £90m package"},
		},
		{
			// Money a speaker adds the package to, in quote marks, is
			// other money, not a package of the record.
			text: "The Scottish Government has announced £3m for peatland restoration.\n\nThe minister said: “This funding builds on our £20 million Peatland Action programme.”\n",
			want: []string{"package £3m", "claim £3m package", "claim £20m other"},
		},
		{
			// "the £6bn" refers back to the headline's money, and money a
			// claim states that the record allocates is a share.
			text: "More than £6 billion has been spent on the recovery, Treasury figures show.\n\nOf that, £2bn went to the Restart Scheme for small firms.\n\nAn MP said the £6bn ignored the cost of furlough.\n\nThe minister said: “We are investing £2bn in the Restart Scheme.”\n",
			want: []string{"package more than £6bn; share £2bn", "claim £6bn package", "claim £2bn share"},
		},
		{
			// The money given to a count of recipients, in words stating
			// no figure, is the whole's allocation.
			text: "The Health Secretary has announced £80m for community diagnostic centres.\n\nThe funding will be shared between 14 hospital trusts in the north.\n",
			want: []string{"package £80m; share £80m ×14", "claim £80m package"},
		},
		{
			// And where the money "will go to" them, a verb of giving
			// with no word of sharing.
			text: "The Housing Minister has announced £60m for new social homes.\n\nThe money will go to 40 housing associations.\n",
			want: []string{"package £60m; share £60m ×40", "claim £60m package"},
		},
		{
			// A span of time after "go to" is no count of recipients.
			text: "The Housing Minister has announced £60m for new social homes.\n\nThe funding goes to 2 years of building.\n",
			want: []string{"package £60m", "claim £60m package"},
		},
		{
			// So is it where a noun of shares gives it to them
			// (huffingtonpost-2011: "a list of provisional allocations to
			// each of the 38 local enterprise partnerships").
			text: "The Health Secretary has announced £80m for community diagnostic centres.\n\nThe department has now published the allocations to each of the 14 hospital trusts in the north.\n",
			want: []string{"package £80m; share £80m ×14", "claim £80m package"},
		},
		{
			// "also … a further" sum is more money beside the package,
			// even where words after it say what it pays for.
			text: "The Chancellor has announced £500 million for councils this winter.\n\nCouncils also stand to benefit from a further £50 million which will be used to support swimming pools.\n",
			want: []string{"package £500m", "package £50m", "claim £500m package"},
		},
		{
			// The title's figure in a quotation does not outrank the
			// sentence announcing the money; "Local leaders", a post in the
			// plural, name no one, so what they welcome is no claim.
			text: "Market town to get £52,000 for high street\n\nLocal leaders have welcomed news that the town council will benefit from a share of £8 million in funding announced by the Government.\n\nThe mayor said: “The £52,000 announced today will help our shops.”\n",
			want: []string{"package £8m; share £52,000", "claim £52,000 share"},
		},
		{
			// The money the package was paid for by is another package.
			text: "More than £900 million has been spent on flood recovery, council figures show.\n\nThe spending was largely paid for by an emergency grant of £600m from the Treasury.\n",
			want: []string{"package more than £900m", "package £600m"},
		},
		{
			// A title naming a recipient of part of the money gives its
			// allocation, which a claim's "the £…" then states as a share.
			// The council receives the £6m: it is not the announcer, so the
			// sentence is no claim of its.
			text: "Northby Borough Council to benefit from extra £84,500 for parks\n\nNorthby Borough Council will receive a share of £6 million for parks announced by the Government today.\n\nThe council's leader said: “The £84,500 is very welcome.”\n",
			want: []string{"package £6m; share £84,500", "claim £84,500 share"},
		},
		{
			// A speaker's sum ten times the package, in quote marks, is
			// other money, not the package overstated.
			text: "The Mayor has today announced an additional £4.2m for bus shelters.\n\nThe Mayor said: “Over the next five years we have committed an unprecedented £600m to make our streets safer.”\n",
			want: []string{"package £4.2m", "claim £4.2m package", "claim £600m other"},
		},
		{
			// So is one in a reported statement.
			text: "The Chancellor has announced £30m for coastal towns.\n\nAnn Jones said the government has invested £2 billion in roads this year.\n",
			want: []string{"package £30m", "claim £30m package", "claim £2bn other"},
		},
		{
			// And so is one in words that give it no role
			// (thelondoneconomic-2016, "with almost £200bn to spend on
			// local services" beside £300 million); a sum of no role
			// nearer the package's is left for a person to read.
			text: "The Chancellor has announced £30m for coastal towns.\n\nA spokesman said: “Councils plan with certainty, with almost £500m to spend on local services.”\n",
			want: []string{"package £30m", "claim £30m package", "claim nearly £500m other"},
		},
		{
			text: "The Chancellor has announced £30m for coastal towns.\n\nA spokesman said: “Councils plan with certainty, with almost £60m to spend on local services.”\n",
			want: []string{"package £30m", "claim £30m package", "claim nearly £60m unknown"},
		},
		{
			// A lede's sum that a later sentence calls a share of a pot
			// ("£2million", then "the £2,046,120 share of a £90m pot") is
			// one recipient's share: the pot is the package.
			text: "A £2million grant for parks has been welcomed in Northby.\n\nNorthby Council’s leader, Jo Bloggs, welcomed the £2,046,120 share of a £90m pot for councils from the government.\n",
			want: []string{"package £90m", "claim £2,046,120 share, £90m package"},
		},
		{
			// Money named as the subject of an "also" sentence gives
			// more of its own, not money announced beside it; what is
			// pumped into a budget is that budget's, and the recipient
			// after ", while" is the second clause's subject.
			text: "The Government has announced a £5m settlement for Northby.\n\nThe new settlement will also see £200,000 pumped into Northby's libraries budget, while Southby Council will receive £150,000.\n",
			want: []string{"package £5m; share £200,000; share £150,000", "claim £5m package"},
		},
		{
			// A count of recipients that got an exact sum each got that
			// many times it all together; an approximate one is left to
			// the notes.
			text: "The Government has announced £5m for flood repairs.\n\nFour northern councils - Aby, Bly, Cly and Dly - got £250,000 each.\n",
			want: []string{"package £5m; share £1,000,000 ×4", "claim £5m package"},
		},
		{
			text: "The Government has announced £5m for flood repairs.\n\nFour northern councils got about £250,000 each.\n",
			want: []string{"package £5m", "claim £5m package"},
		},
		{
			// The level a body's own money is cut to is a package of its
			// own, not the package's; a sentence not opening on a body's
			// money leaves it to the notes.
			text: "The Government has announced a £5m settlement for Northby.\n\nNorthby's grant from Whitehall has been slashed from £20m to only £4m.\n",
			want: []string{"package £5m", "package £4m", "claim £5m package"},
		},
		{
			text: "The Government has announced a £5m settlement for Northby.\n\nOver ten years it has been slashed from £20m to only £4m.\n",
			want: []string{"package £5m", "claim £5m package"},
		},
		{
			// Money in a sentence opening apart ("Meanwhile, …") is of
			// other matters, though no verb announces it; a share there
			// is still the package's.
			text: "The council has announced £2m for the town's parks.\n\nMeanwhile, the county council will see an increase of £900,000.\n",
			want: []string{"package £2m", "package £900,000", "claim £2m package"},
		},
		{
			text: "The council has announced £2m for the town's parks.\n\nMeanwhile, £500,000 will go to Eastside Park.\n",
			want: []string{"package £2m; share £500,000", "claim £2m package"},
		},
		{
			// A difference between two statements of money is no money of
			// its own, and no package announced apart.
			text: "The council has announced £2m for the town's parks.\n\nThe parks will share the £2m over two years, £500,000 more than was announced in May.\n",
			want: []string{"package £2m", "claim £2m package"},
		},
		{
			// Where no sentence announces money and the first figure is a
			// cut, the package has no headline; a cut announced apart is no
			// package either.
			text: "Cuts for Leeds and Bradford\n\nMinister Jo Hart said Leeds would receive a 2% funding reduction, equivalent to £3m.\n\nMeanwhile, Bradford will also have its grant cut by 1%, which represents a drop of £1m.\n",
			want: []string{"package ", "claim £3m change"},
		},
		{
			// The larger programme a package is part of is a package of
			// its own.
			text: "The council has announced £2m for the town's parks.\n\nIt is part of council plans to spend £20m on green spaces over the next decade.\n",
			want: []string{"package £2m", "package £20m", "claim £2m package"},
		},
		{
			// So is a programme named as worth more (eveningexpress-2016);
			// a thing named by no noun of a programme is not.
			text: "The council has announced £2m for the town's parks.\n\nThe Green Spaces Fund, which featured in last year's budget, is worth £20m over the next decade.\n",
			want: []string{"package £2m", "package £20m over 10 years", "claim £2m package"},
		},
		{
			text: "The council has announced £2m for the town's parks.\n\nThe new play area, which opens in May, is worth £20m.\n",
			want: []string{"package £2m", "claim £2m package"},
		},
		{
			// A lede whose subject, a post and a name apart, allocates
			// money states the package, though "allocated" alone would
			// make it a share; the announcer's own "I have allocated …"
			// and "I have provided …" in the quotation after it are its
			// parts.
			text: "Money for schools\n\nEducation Minister, Jo Hart today allocated over £12 million as part of the spring funding round.\n\nSpeaking in the chamber, Minister Hart said: “I have allocated £5 million for school roofs.\n\n“I have provided £2m for school meals.”\n",
			want: []string{"package more than £12m; share £5m; share £2m", "claim more than £12m package", "claim £5m share", "claim £2m share"},
		},
		{
			// Further money opening a sentence announced by someone named
			// is a package of their claim, though the sentence before
			// listed shares; a post listed in lower case with commas
			// before the name is one post.
			text: "Money for councils\n\nThe government has announced £20m for roads in the south east.\n\nKent will receive £1.2m and Essex will receive £0.8m.\n\nA further £5m cash injection for town halls was announced by housing, communities and local government secretary Jo Hart on Friday.\n",
			want: []string{"package £20m; share £1.2m; share £0.8m", "package £5m", "claim £20m package", "claim £5m package"},
		},
		{
			// A sum drawn "from a" pot named by its figure is that pot's
			// share, and the pot a package of its own.
			text: "Money for roads\n\nThe government has announced £20m for roads in Kent.\n\nThe county has received £2m from a £50m pot set up to mend potholes.\n",
			want: []string{"package £20m", "package £50m; share £2m", "claim £20m package"},
		},
		{
			// The whole "to be shared between all" of a count of
			// recipients is theirs, as "across" gives it.
			text: "Money for councils\n\nThe Government has committed £6m to be shared between all 12 councils in the county.\n",
			want: []string{"package £6m; share £6m ×12", "claim £6m package"},
		},
		{
			// "announced that" opens a clause of its own: the figure after
			// it is no money the subject gives, but a share of the fund
			// she reports.
			text: "Money for schools\n\nJo Hart announced that £8m of the fund would go to school roofs.\n\nThe fund is worth £20m.\n",
			want: []string{"package £20m; share £8m", "claim £8m share"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// checkMoney drafts the text of case i, checks the draft's spans, and
// checks its money (moneyOf) against want.
func checkMoney(t *testing.T, i int, text string, want []string) {
	t.Helper()
	d, err := DraftRecord(text)
	if err != nil {
		t.Fatalf("case %d: DraftRecord: %v", i, err)
	}
	checkDraft(t, text, d)
	if diff := cmp.Diff(want, moneyOf(d.Record)); diff != "" {
		t.Errorf("case %d: DraftRecord(%q) money (-want +got):\n%s", i, text, diff)
	}
}

// TestDraftRisenToPackageApart drafts the headline of a package
// announced apart, as the level money rises to, as that package
// (scotgov-2020-councils: "by the end of July this will have risen to
// £455 million" beside "is providing £455 million in weekly advanced
// payments"), and the same figure as the level it is cut to as a level
// (readingchronicle-2018: "slashed from more than £50m to just £2m").
func TestDraftRisenToPackageApart(t *testing.T) {
	const lede = "The Scottish Government has announced £80 million for councils to tackle COVID-19.\n\n" +
		"Separately, the Scottish Government is providing £120 million in weekly advanced payments to councils.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "Finance Minister Jo Bell said: \"To date, councils have received £100 million in advanced payments, and by the end of August this will have risen to £120 million.\"\n",
			want: []string{"package £80m", "package £120m", "claim £80m package", "claim £100m share, £120m package"},
		},
		{
			text: lede + "Finance Minister Jo Bell said: \"Our grant has been slashed from £190 million to £120 million.\"\n",
			want: []string{"package £80m", "package £120m", "claim £80m package", "claim £190m previous, £120m level"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftRisenToHeadline drafts a lede giving the money's new size, the
// level it has risen to (civilsociety-2025: "has doubled to £175m"), as the
// package's headline, over the sums it rose from; and a level cut to, or
// one risen to outside the lede, as no headline.
func TestDraftRisenToHeadline(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Village halls fund doubled\n\nThe money available to village halls through the county's Community Fund has doubled to £4m.\n\n" +
				"The council previously announced £2m for the fund, and the National Lottery has now given £2m more.\n",
			want: []string{"package £4m", "claim £2m previous, £2m change"},
		},
		{
			// The sum the level rose by, matching the sum before it, is the
			// rest of the whole, no package of its own; the clause after
			// "but" is the writer's, not what was announced.
			text: "Village halls fund doubled\n\nThe money available to village halls through the county's Community Fund has doubled to £4m.\n\n" +
				"The council previously announced £2m for the fund, but this has now been matched by another £2m from the National Lottery.\n",
			want: []string{"package £4m", "claim £2m previous"},
		},
		{
			text: "Libraries budget cut\n\nFunding for the county's libraries has been cut to £2m over the last ten years, the lowest level since the service began.\n\n" +
				"The council has announced £500,000 for mobile libraries.\n",
			want: []string{"package £500,000", "claim £500,000 package"},
		},
		{
			text: "Money for parks\n\nThe council has announced £1m for parks across the county, to be spent on play areas and new paths over the next two years.\n\n" +
				"Spending on parks has risen to £5m over the decade.\n",
			want: []string{"package £1m", "claim £1m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftAllocationSum drafts an allocation stated over a period as its
// sum (thelondoneconomic-2016: "£9m over the next two years" is £9m), and
// one stated a year as so much a year: invented articles.
func TestDraftAllocationSum(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "The council has announced £5m for the county's roads and bridges.\n\nThe council will give £2m over the next two years to the bridges trust.\n",
			want: []string{"package £5m; share £2m", "claim £5m package"},
		},
		{
			text: "The council has announced £5m for the county's roads and bridges.\n\nThe council will give £1m a year to the bridges trust.\n",
			want: []string{"package £5m; share £1m a year", "claim £5m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftCutNoHeadline drafts a cut in the lede (derbyshire-2013: "will
// have cut a third - £227 million - off our budget") as no package's
// money, the headline the money a later sentence announces or, where none
// does, the level the narrative says money is cut to from a level before
// (standard-2012: "a 30 per cent cut in grant aid for the Arts Council from
// £452 million to £350 million"), but not each one's level, or none; and a
// rise in money as a headline still: invented articles.
func TestDraftCutNoHeadline(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Council budget\n\nThe funding cuts announced by the Government will cut a quarter - £20 million - off the council's budget by 2020.\n\n" +
				"The council has announced £500,000 for libraries across the county.\n",
			want: []string{"package £500,000", "claim £500,000 package"},
		},
		{
			text: "Council budget\n\nThe funding cuts announced by the Government will cut a quarter - £20 million - off the council's budget by 2020.\n",
			want: []string{"package "},
		},
		{
			text: "Council budget\n\nThe Government has announced an increase of £20 million in the council's budget by 2020.\n",
			want: []string{"package £20m", "claim £20m package"},
		},
		{
			// With no money announced, the level the narrative says the
			// money is cut to is its size now, the headline.
			text: "Council budget\n\nThe funding cuts announced by the Government will cut a quarter - £20 million - off the council's budget by 2020.\n\n" +
				"The county's grant for libraries will be cut from £80 million to £60 million by 2020.\n",
			want: []string{"package £60m"},
		},
		{
			text: "Council budget\n\nThe funding cuts announced by the Government will cut a quarter - £20 million - off the council's budget by 2020.\n\n" +
				"The Home Office has set out a cut in grants for youth clubs from £8 million to £6 million next year.\n",
			want: []string{"package £6m", "claim £8m previous, £6m level"},
		},
		{
			// Each one's level is no package's size.
			text: "Council budget\n\nThe funding cuts announced by the Government will cut a quarter - £20 million - off the council's budget by 2020.\n\n" +
				"Each home's bill will go up from £1,500 to £1,560 a year.\n",
			want: []string{"package "},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftRestOfWholeApart drafts an extra sum that, with a figure of the
// sentence before, makes up the package (stv-2024: "The first will be
// from £45m …" then "An additional £17.7m will … be given to councils"
// beside an extra £62.7m) as no package of its own but, with that figure,
// the stages of the whole, its allocations; and one that does not as money
// apart: invented articles.
func TestDraftRestOfWholeApart(t *testing.T) {
	const lede = "Help for councils\n\nThe minister has agreed to give councils an extra £30m.\n\nThe money will come in two stages. The first will be from £20m of consequentials.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "An additional £10m will follow next year.\n",
			want: []string{"package £30m; share £20m; share £10m", "claim £30m package"},
		},
		{
			text: lede + "An additional £15m will follow next year.\n",
			want: []string{"package £30m", "package £15m", "claim £30m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftTodaysShare drafts a quotation's "today's" sum, which other
// money is "in addition to", as the share the record holds when an
// allocation has that money (expressandstar-2021: "This is in addition to
// today's £25m"), and another body's as other money: invented articles.
func TestDraftTodaysShare(t *testing.T) {
	const lede = "Towns funding\n\nThe government has announced £60m for three towns.\n\nAyton will receive £25m, Beeby £20m and Ceeford £15m.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "MP Jo Bell said: \"The new station is in addition to today's £25m.\"\n",
			want: []string{"package £60m; share £25m; share £20m; share £15m", "claim £60m package", "claim £25m share"},
		},
		{
			text: lede + "MP Jo Bell said: \"The new station is in addition to the council's £25m.\"\n",
			want: []string{"package £60m; share £25m; share £20m; share £15m", "claim £60m package", "claim £25m other"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
