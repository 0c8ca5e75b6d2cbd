package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftTitleWhole drafts articles whose title alone states the
// package's whole and whose body states its parts, typed in for the
// purpose beside the real one, and articles whose title is no such whole.
func TestDraftTitleWhole(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// welshgov-2018: the title's £20million, the body's £16m and
			// "the remaining £4m"; the lede, giving money in the passive,
			// is the release's claim.
			text: "£20million to support Welsh NHS and partners this winter\n\nFunding of £16m will be allocated to Local Health Boards to support delivery of actions featured in local integrated winter delivery plans alongside the ambulance service, Local Authority and third sector partners.\n\nThe remaining £4m will fund nationally agreed priorities for the winter period.\n",
			want: []string{"package £20m; share £16m; share £4m", "claim £16m share"},
		},
		{
			text: "£3m for village halls across the county\n\nThe council will give £2m to parish councils to repair their halls.\n\nA further £1m will go to community groups.\n",
			want: []string{"package £3m; share £2m; share £1m"},
		},
		{
			// The body states the title's figure: the body's is the headline.
			text: "£3m for village halls across the county\n\nThe council has announced £3 million for village halls. Of it, £2m will go to parish councils.\n",
			want: []string{"package £3m; share £2m", "claim £3m package"},
		},
		{
			// The body announces more than the title states: the title is
			// no whole of it.
			text: "£3m for village halls across the county\n\nThe council has announced £5m for village halls and sports clubs.\n",
			want: []string{"package £5m", "claim £5m package"},
		},
		{
			// The title's figure is money needed, not given.
			text: "Council faces £20m shortfall\n\nThe council has announced £5m for village halls and sports clubs.\n",
			want: []string{"package £5m", "claim £5m package"},
		},
		{
			text: "Council budget faces £20m cut\n\nThe council has announced £5m for village halls and sports clubs.\n",
			want: []string{"package £5m", "claim £5m package"},
		},
		{
			// Two figures in the title: which is the whole is not said.
			text: "£3m for halls and £2m for parks\n\nThe council has announced £1m for village halls across the county.\n",
			want: []string{"package £1m", "claim £1m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftListedOthers drafts sentences listing money announced apart
// from the package, "on top of" one sum "and" another, and checks that
// each is a package of its own, while a list after "further" money is not.
func TestDraftListedOthers(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// welshgov-2018.
			text: "The Welsh Government has announced £20m for the NHS this winter.\n\nThe funding announced today is on top of the £5 million announced last week to help relieve pressure on critical care units and the £10 million announced for delivering sustainable social services.\n",
			want: []string{"package £20m", "package £5m", "package £10m", "claim £20m package"},
		},
		{
			text: "The council has announced £2m for libraries.\n\nIt comes in addition to £1m for museums and £500,000 for galleries.\n",
			want: []string{"package £2m", "package £1m", "package £500,000", "claim £2m package"},
		},
		{
			// telfordwrekin-2018: money on top of a cut or a saving is
			// more of it, not money given.
			text: "The council has announced £2m for libraries.\n\nIt made budget savings of £1m this year, on top of the £5m achieved in the previous four years.\n",
			want: []string{"package £2m", "claim £2m package"},
		},
		{
			// herald-2020: "A further" sum is other money, and the next
			// item of its list is not said to be.
			text: "The council has announced £20m for roads.\n\nA further £5m was funnelled north last spring and £2m has been re-prioritised from within existing budgets.\n",
			want: []string{"package £20m", "package £5m", "claim £20m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftDrawnFrom drafts sentences in which recipients draw money
// "from" a whole, which is the package and no level before a change.
func TestDraftDrawnFrom(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// dft-2014.
			text: "Councils across England will today (20 March 2014) learn how much they will receive from the £183.5 million the government has made available to help repair local roads damaged by severe weather.\n",
			want: []string{"package £183.5m"},
		},
		{
			text: "Schools in the county will get their share from the £4m the council has set aside for repairs.\n",
			want: []string{"package £4m"},
		},
		{
			// mhclg-2020: allocations for whom, from the pot announced
			// earlier, which is the package.
			text: "Education Secretary Jane Smith has today confirmed allocations for individual schools from the £40 million of extra funding announced by the Chancellor last week.\n",
			want: []string{"package £40m", "claim £40m package"},
		},
		{
			// A level a sum rose from is no pot.
			text: "The council has announced £5m for parks, up from £3m last year.\n",
			want: []string{"package £5m", "claim £5m package, £3m previous"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftSecuredFrom drafts sentences stating money obtained from
// another funder, which is a package of its own and no allocation.
func TestDraftSecuredFrom(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// hounslow-2023.
			text: "Approved at the Council’s Cabinet meeting on Tuesday 17 January, the Housing Delivery Plan 2022-26 will see almost £1bn invested into building new Council homes to meet the growing demand of families and single people across the borough. This includes grant funding totalling £160m which the Council has secured from the Greater London Authority (GLA) towards the programme.\n",
			want: []string{"package nearly £1bn", "package £160m"},
		},
		{
			text: "The council has announced £10m for new classrooms. This includes £4m, which it has won from the Department for Education, for two primary schools.\n",
			want: []string{"package £10m", "package £4m", "claim £10m package"},
		},
		{
			// Money raised from charges is the council's own, no other
			// funder's package.
			text: "The council has announced £10m for new classrooms. This includes £4m raised from parking charges.\n",
			want: []string{"package £10m", "claim £10m package"},
		},
		{
			// Given on, not obtained: an allocation.
			text: "The council has announced £10m for new classrooms. This includes £4m for two primary schools in Hounslow.\n",
			want: []string{"package £10m; share £4m ×2", "claim £10m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftSecuredFromFunder checks the funder of money obtained from
// another: the public body it came from, or else, for a person to check,
// the package's funder.
func TestDraftSecuredFromFunder(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The council has announced £10m for new classrooms. This includes £4m, which it has won from the Department for Education, for two primary schools.\n",
			"Department for Education"},
		{"The council has announced £10m for new classrooms. This includes £4m, which it has won from a national lottery draw, for two primary schools.\n",
			"the council"},
	} {
		d, err := DraftRecord(tc.text)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tc.text, err)
		}
		checkDraft(t, tc.text, d)
		if len(d.Record.Packages) != 2 {
			t.Errorf("DraftRecord(%q) drafted %d packages, want 2", tc.text, len(d.Record.Packages))
			continue
		}
		if got := d.Record.Packages[1].Funder.Name; got != tc.want {
			t.Errorf("DraftRecord(%q) packages[1].funder = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDraftMovedInto drafts sentences stating money moved into another
// fund, which is a package of its own and no allocation.
func TestDraftMovedInto(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// yorkmix-2024.
			text: "The council has announced £10m for new classrooms.\n\n£2m from the closed library budget has been moved into the school repairs fund.\n",
			want: []string{"package £10m", "package £2m", "claim £10m package"},
		},
		{
			// Moved to recipients, not into a fund: an allocation.
			text: "The council has announced £10m for new classrooms.\n\n£2m has been moved to two primary schools.\n",
			want: []string{"package £10m; share £2m ×2", "claim £10m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftGaveInRelative drafts money a body named before "who" or
// "which" gave ("the Lottery Fund, which disbursed £2m to 40 schools")
// as a package of its own, its recipients' (dfcni-2021: "… by The
// National Lottery Community Fund who disbursed £8.8million to over 500
// charities"); given in a clause of its own, the money is the package's
// share, as before.
func TestDraftGaveInRelative(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "The council has announced £10m for new classrooms.\n\nThe scheme follows one run by the Lottery Fund, which disbursed £2m to 40 schools.\n",
			want: []string{"package £10m", "package £2m; share £2m ×40", "claim £10m package"},
		},
		{
			text: "The council has announced £10m for new classrooms.\n\nThe Lottery Fund disbursed £2m to 40 schools.\n",
			want: []string{"package £10m; share £2m ×40", "claim £10m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftCountSharesTheMoney drafts a count of recipients offered the
// money named back ("Over 300 charities are being offered the funding",
// dfcni-2021) as the package's allocation, all of it theirs; a count of
// what the money pays for stays a measure.
func TestDraftCountSharesTheMoney(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Parks fund\n\nThe council has announced £2m for parks.\n\nOver 40 schools are being offered the money.\n",
			want: []string{"package £2m; share £2m ×more than 40", "claim £2m package"},
		},
		{
			text: "Parks fund\n\nThe council has announced £2m for parks.\n\nOver 40 schools will benefit from new benches.\n",
			want: []string{"package £2m", "claim £2m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftAgentAnnouncer drafts announcements whose announcer follows
// "announced by", in the announcing sentence or the one after it, or is
// the subject of a verb of two words ("set aside", "made available"), and
// checks the announcer.
func TestDraftAgentAnnouncer(t *testing.T) {
	for i, tc := range []struct {
		text string
		want string // the package's announcer, by Who
	}{
		{
			// thurrockgazette-2022.
			text: "COUNCIL bosses have set out their £50 million plan to help households across Essex in a bid to tackle to cost of living crisis.\n\nA new raft of measures and money to help against increasing costs has been announced by Essex County Council.\n",
			want: "Essex County Council",
		},
		{
			text: "A £3m fund for village halls was unveiled by Kent County Council on Monday.\n",
			want: "Kent County Council",
		},
		{
			// Verbs of two words announce money too.
			text: "Northby Council has set aside £2m for new playgrounds.\n",
			want: "Northby Council",
		},
		{
			text: "Northby Council has made £2m available for new playgrounds.\n",
			want: "Northby Council",
		},
		{
			// The subject receives the money: the body after "by" is
			// its funder, not the announcer of a claim the article makes.
			text: "Northby Borough Council will receive a share of £6 million for parks announced by the Government today.\n",
			want: "",
		},
		{
			text: "Announced by the council today, £6 million will go to parks.\n",
			want: "",
		},
		{
			// The sentence after states money of its own: it is about that.
			text: "Councils will share a £3m fund for village halls.\n\nA further £1m was announced by the Treasury.\n",
			want: "",
		},
		{
			// Who accuses another over the money does not announce it.
			text: "Councils will share a £3m fund for village halls.\n\nLabour accused the council of sitting on the promised £3m.\n",
			want: "",
		},
	} {
		d, err := DraftRecord(tc.text)
		if err != nil {
			t.Fatalf("case %d: DraftRecord: %v", i, err)
		}
		checkDraft(t, tc.text, d)
		got := ""
		if len(d.Record.Packages) > 0 && !d.Record.Packages[0].AnnouncedBy.IsZero() {
			got = d.Record.Packages[0].AnnouncedBy.Who()
		}
		if got != tc.want {
			t.Errorf("case %d: DraftRecord(%q) announcer = %q, want %q", i, tc.text, got, tc.want)
		}
	}
}

// TestDraftTitleWholeProvenance checks that a headline read from the
// title is Inferred, not Explicit, and that a note asks for a check.
func TestDraftTitleWholeProvenance(t *testing.T) {
	text := "£3m for village halls across the county\n\nThe council will give £2m to parish councils to repair their halls.\n\nA further £1m will go to community groups.\n"
	d, err := DraftRecord(text)
	if err != nil {
		t.Fatalf("DraftRecord: %v", err)
	}
	var got Field
	for _, f := range d.Fields {
		if f.Path == "packages[0].headline" {
			got = f
		}
	}
	if want := (Field{Path: "packages[0].headline", Span: Span{0, 4}, Confidence: Inferred}); got != want {
		t.Errorf("DraftRecord(%q) headline field = %+v, want %+v", text, got, want)
	}
	noted := false
	for _, n := range d.Notes {
		noted = noted || n.Span == Span{0, 4} && strings.Contains(n.Text, "no sentence of the body states")
	}
	if !noted {
		t.Errorf("DraftRecord(%q) notes = %v, want one on the title's figure", text, d.Notes)
	}
}

// TestDraftListContinued drafts a package itemised over two sentences,
// the second a reported statement that "also" names money, and checks
// that the money within the whole is its next allocation, while money
// named as a fund of its own, or beyond the whole, is not.
func TestDraftListContinued(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// nurseryworld-2020.
			text: "Charities on the frontline of the coronavirus outbreak will share £750m from the Government.\n\nAs part of a UK-wide package of support, £360 million will be directly allocated by government departments to charities providing key services.\n\nThe Treasury said that there would also be £370 million for small and medium-sized charities.\n",
			want: []string{"package £750m; share £360m; share £370m", "claim £370m share"},
		},
		{
			text: "Schools will share £10m from the council.\n\nAs part of the package, £4m will be directly allocated by the council to primary schools.\n\nThe Treasury said that there would also be £3m for secondary schools.\n",
			want: []string{"package £10m; share £4m; share £3m", "claim £3m share"},
		},
		{
			// A fund of its own.
			text: "Schools will share £10m from the council.\n\nAs part of the package, £4m will be directly allocated by the council to primary schools.\n\nThe Treasury said that there would also be the £3m fund for libraries.\n",
			want: []string{"package £10m; share £4m", "claim £3m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftRefersBack drafts a sentence straight after the announcing one
// that names the package's money again with no figure and says where it
// goes ("the extra funding has been allocated …, with £4m for …"),
// reported or not, as itemising the package, and the reported statements
// after it as going on with the list; not such words after a sentence
// stating other money, nor money named again with no verb of where it goes.
func TestDraftRefersBack(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Budget approved\n\nJo Hart told the council an extra £20m has been allocated in the final budget.\n\nThe finance chief said the extra funding has been allocated to the hardest-pressed services, with £4m for schools.\n\nShe said £3m will be made available for roads.\n",
			want: []string{"package £20m; share £4m; share £3m", "claim £20m package", "claim £4m share", "claim £3m share"},
		},
		{
			text: "Budget approved\n\nThe council has announced an extra £20m in its final budget.\n\nThe money will be spent on schools, with £4m for new classrooms.\n",
			want: []string{"package £20m; share £4m", "claim £20m package"},
		},
		{
			// No verb of where it goes: the money is only named again,
			// and the £4m already promised, reported, is other money.
			text: "Budget approved\n\nJo Hart told the council an extra £20m has been allocated in the final budget.\n\nThe finance chief said the extra funding was welcome, with £4m already promised to schools.\n",
			want: []string{"package £20m", "claim £20m package", "claim £4m other"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftReceivesNamed drafts a lede announcing, in so many words, a
// sum its recipients receive named by a noun of money ("will receive a
// cash boost of £50m …, the minister announced") as the package, over a
// title's rounder figure and a later sentence's "investment"; and money
// that "will extend" a fund, after the parts, as one more of them.
func TestDraftReceivesNamed(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "£49m boost for parks\n\nThe city's parks will receive a cash boost of more than £50m this year, the minister announced today.\n\nThe package includes £20m for new playgrounds.\n\nA further £5m will extend the Green Spaces Fund.\n\nWe are also making an extra £2m investment in bowling greens.\n",
			want: []string{"package more than £50m; share £20m; share £5m", "package £2m", "claim more than £50m package"},
		},
		{
			// No announcing words but "receive": the lede's recipient's
			// sum is no package over a sentence that announces one.
			text: "Parks cash\n\nThe city's parks will receive a cash boost of £5m this year.\n\nThe council has announced a £50m package for green spaces.\n",
			want: []string{"package £50m", "claim £50m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftRankedShare drafts a recipient's share ranked among the
// others ("will receive the largest share at £3m", "are getting the most
// money at £3m") as its allocation, and
// the gapped items of the list after it as theirs.
func TestDraftRankedShare(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Leeds gets most of £20m winter fund\n\nCouncils are to receive more of the government £20 million fund this winter.\n\nLeeds will receive the largest share at £3m, Bradford will receive £2m and York just under £1m.\n",
			want: []string{"package £20m; share £3m; share £2m; share nearly £1m"},
		},
		{
			text: "Leeds gets most of £20m winter fund\n\nCouncils are to receive more of the government £20 million fund this winter.\n\nLeeds will get the biggest allocation at £3m.\n",
			want: []string{"package £20m; share £3m"},
		},
		// Ranked by "the most" or "the least", with a noun of money or
		// none (eveningexpress-2016).
		{
			text: "Leeds gets most of £20m winter fund\n\nCouncils are to receive more of the government £20 million fund this winter.\n\nCouncils in Leeds are getting the most money at £3m, with York receiving the least at £1m.\n",
			want: []string{"package £20m; share £3m; share £1m"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftHandedOutIn drafts money "handed out in" a place
// (theoldhamtimes-2019: "The fund will see £281 million handed out in the
// North West") as the place's allocation; handed out in a thing named in
// lower case, it has no recipient.
func TestDraftHandedOutIn(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Parks fund\n\nThe government has announced a £20m fund for parks.\n\nThe fund will see £3m handed out in the North East, to help towns.\n",
			want: []string{"package £20m; share £3m", "claim £20m package"},
		},
		{
			text: "Parks fund\n\nThe government has announced a £20m fund for parks.\n\nThe fund will see £3m handed out in grants, to help towns.\n",
			want: []string{"package £20m", "claim £20m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftReportedOther drafts money a reported statement names as
// another package's ("said this is in addition to £5m announced in
// May") as a stated amount of role other, as in a quotation, and no
// package of its own; in the narrative, it is one; and another
// package's money "backed by" which a quotation's work is done as other.
func TestDraftReportedOther(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Parks fund\n\nThe council has announced £2m for parks.\n\nThe council said this is in addition to £5m announced in May.\n",
			want: []string{"package £2m", "claim £2m package", "claim £5m other"},
		},
		{
			text: "Parks fund\n\nThe council has announced £2m for parks.\n\nThis is in addition to £5m announced in May.\n",
			want: []string{"package £2m", "package £5m", "claim £2m package"},
		},
		// Money "backed by" which a quotation's work is done, another
		// package's, is other money (dluhc-2024); "with" it, the
		// quotation states that package.
		{
			text: "Funding to help rough sleepers\n\nHundreds of rough sleepers will be helped off the streets thanks to over £17 million of government funding.\n\nMinister Jo Bell said:\n\nToday’s announcement demonstrates our commitment to supporting the most vulnerable with access to a safe and warm home, backed by over £2 billion of government funding over 3 years.\n",
			want: []string{"package more than £17m", "package more than £2bn", "claim more than £17m package", "claim more than £2bn other"},
		},
		{
			text: "Funding to help rough sleepers\n\nHundreds of rough sleepers will be helped off the streets thanks to over £17 million of government funding.\n\nMinister Jo Bell said:\n\nToday’s announcement demonstrates our commitment to supporting the most vulnerable with access to a safe and warm home, with over £2 billion of government funding over 3 years.\n",
			want: []string{"package more than £17m", "package more than £2bn", "claim more than £17m package", "claim more than £2bn package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftNarrativeShareHeadline drafts an article in which no sentence
// announces money: the headline is the first sum the narrative gives
// recipients ("Road repairs … are to get £25 million a year"), not a
// critic's level reported before it, nor a critic's sum reported after
// the lede stating it; with no such sum, the first figure.
func TestDraftNarrativeShareHeadline(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Roads plan\n\nCouncillor Jo Hart said the roads budget had been cut to £20 million last year.\n\nRoad repairs in the county are to get £25 million a year under the new plan.\n",
			want: []string{"package £25m a year", "claim £20m level"},
		},
		{
			text: "Roads plan\n\nCouncillor Jo Hart said the roads budget had been cut to £20 million last year.\n\nThe roads were mended in 2019.\n",
			want: []string{"package £20m", "claim £20m level"},
		},
		{
			// One recipient's sum among several is a part, not the whole:
			// with nothing announcing, the first figure, a critic's level.
			text: "Roads plan\n\nCouncillor Jo Hart said the roads budget had been cut to £20 million last year.\n\nLeeds was one of four cities to get £25 million under the new plan.\n",
			want: []string{"package £20m", "claim £20m level"},
		},
		{
			// The lede's sum for what the money is for, over a critic's
			// past spending reported after it.
			text: "Roads plan\n\nRoad repairs in the county are to get £25 million a year under the new plan.\n\nCouncillor Jo Hart said the council spent £20 million a year on roads before.\n",
			want: []string{"package £25m a year", "claim £20m a year unknown"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftAnnouncerReportsShare drafts a recipient's sum in a reported
// statement of the package's announcer as a part of the package, and an
// extra sum the next sentence gives as the difference of two levels
// ("£300million …, up from £290million") as the rise of that recipient's
// money, a change; a critic's reported sum is no part.
func TestDraftAnnouncerReportsShare(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Council budget\n\nFinance Secretary Jo Hart unveiled his £5billion local government budget yesterday.\n\n" +
				"Mr Hart told MSPs that Leeds City Council would receive an extra £10million next year.\n\n" +
				"He said the council would be allocated £300million in revenue funding, up from £290million last year.\n",
			want: []string{"package £5bn; share £300m", "claim £5bn package", "claim £10m change", "claim £300m share, £290m previous"},
		},
		{
			// The extra sum is no difference the article states: a part.
			text: "Council budget\n\nFinance Secretary Jo Hart unveiled his £5billion local government budget yesterday.\n\n" +
				"Mr Hart told MSPs that Leeds City Council would receive an extra £10million next year.\n",
			want: []string{"package £5bn; share £10m", "claim £5bn package", "claim £10m share"},
		},
		{
			text: "Council budget\n\nFinance Secretary Jo Hart unveiled his £5billion local government budget yesterday.\n\n" +
				"Councillor Jane Smith said the council would receive £300million.\n",
			want: []string{"package £5bn", "claim £5bn package", "claim £300m share"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftReversedCut drafts a cut reversed ("reversed a £3m cut to the
// libraries grant") as money the package gives back to what was cut, its
// claim stating the cut undone as a change, and ends the recipient's words
// before the next figure's verb ("and restored £2m to …"); a cut not
// reversed is no part.
func TestDraftReversedCut(t *testing.T) {
	for i, tc := range []struct {
		text   string
		want   []string
		titles []string
	}{
		{
			text: "Budget\n\nJo Hart told the council an extra £20m has been allocated in the final budget.\n\n" +
				"She said the extra funding has been allocated to services, with £5m for schools.\n\n" +
				"She said the council has reversed a £3m cut to the adult social care workforce grant and restored £2m to the parks grant.\n",
			want:   []string{"package £20m; share £5m; share £3m; share £2m", "claim £20m package", "claim £5m share", "claim £3m change, £2m share"},
			titles: []string{"schools", "adult social care workforce grant", "parks grant"},
		},
		{
			text: "Budget\n\nJo Hart told the council an extra £20m has been allocated in the final budget.\n\n" +
				"She said the extra funding has been allocated to services, with £5m for schools.\n\n" +
				"She said the council has made a £3m cut to the adult social care workforce grant and restored £2m to the parks grant.\n",
			want:   []string{"package £20m; share £5m; share £2m", "claim £20m package", "claim £5m share", "claim £3m change, £2m share"},
			titles: []string{"schools", "parks grant"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
		p, ok := draftedPackage(t, tc.text)
		if !ok {
			continue
		}
		var titles []string
		for _, a := range p.Allocations {
			titles = append(titles, a.Title)
		}
		if diff := cmp.Diff(tc.titles, titles); diff != "" {
			t.Errorf("case %d: DraftRecord(%q) allocation titles (-want +got):\n%s", i, tc.text, diff)
		}
	}
}

// TestDraftRecipientList drafts a settlement stated only by what each
// recipient gets, after a lede giving one recipient an extra sum: the
// listed sums are the package's parts, with no headline, the extra sums
// recipients' rises and no parts, and a recipient's sum straight after the
// list one more part, whatever its size; a list of two is no settlement.
func TestDraftRecipientList(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Council cash\n\nLeeds City Council will get an extra £1million from the government next year, but it is not enough.\n\n" +
				"Bradford will get an extra £300,000 at £8.1million, York will receive £5.9million, Hull £6.4million, Wakefield £3.7million, and Selby gets an increase from £1.5million to £1.7million.\n\n" +
				"North Yorkshire County Council is to get £539million, an increase of £9million.\n",
			want: []string{"package ; share £8.1m; share £5.9m; share £6.4m; share £3.7m; share £1.7m; share £539m"},
		},
		{
			text: "Council cash\n\nLeeds City Council will get an extra £1million from the government next year, but it is not enough.\n\n" +
				"York will receive £5.9million and Hull £6.4million.\n",
			want: []string{"package £1m"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftSubtotal drafts a lede's sum that a later total's parts make up
// ("A total of £15m is being shared, including £6m for parks and £3m for
// pools" after "An extra £9m for parks and pools") as a part of the total,
// the package's whole, with those parts its own; a total whose parts make
// up no earlier sum leaves the lede's the headline, those parts within it
// its parts.
func TestDraftSubtotal(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Extra cash for parks and pools\n\nAn extra £9m for parks and pools in the city is only “a start”, it was said.\n\n" +
				"A total of £15m is being shared, including £6m for parks and £3m for pools.\n",
			want: []string{"package £15m; share £9m (£6m, £3m)"},
		},
		{
			text: "Extra cash for parks and pools\n\nAn extra £9m for parks and pools in the city is only “a start”, it was said.\n\n" +
				"A total of £15m is being shared, including £5m for parks and £3m for pools.\n",
			want: []string{"package £9m; share £5m; share £3m"},
		},
		{
			// A part told again in the next sentence is the one part.
			text: "Parks\n\nThe council has announced £20m for the city's services.\n\nIt includes £5m for parks in the north.\n\n" +
				"The £5m for parks will be spent this year.\n",
			want: []string{"package £20m; share £5m", "claim £20m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftGivenFirstHand drafts a speaker giving money "I" or "we" in a
// quotation after the package's allocations, which lists more of them,
// and money "we" "also" give, which is beside the package unless it goes
// on with the speaker's own list of sums given first-hand.
func TestDraftGivenFirstHand(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// financeni-2016.
			text: "Finance Minister Máirtín Ó Muilleoir today announced £175million of funding allocations to departments in the June Monitoring Round.\n\nThe funding agreed by the Executive includes an additional £72million for health, £30million for education, £28million for infrastructure and £20million for skills.\n\nCommenting on capital allocations the Minister continued: \"I have made £5.5million available for co-ownership homes to ensure that more of our citizens can enjoy the right to a roof over their head and £2million to fund welfare advice centres which will support the vulnerable.\"\n",
			want: []string{
				"package £175m; share £72m; share £30m; share £28m; share £20m; share £5.5m; share £2m",
				"claim £175m package",
				"claim £5.5m share, £2m share",
			},
		},
		{
			text: "The council leader, Tom Hill, has announced £10m for schools, including £4m for new classrooms.\n\nHe said: “We are giving £3m to repair roofs.”\n",
			want: []string{"package £10m; share £4m; share £3m", "claim £10m package, £4m share", "claim £3m share"},
		},
		{
			// Given "also": beside the package, and in the announcer's
			// quotation other money of theirs.
			text: "The council leader, Tom Hill, has announced £10m for schools, including £4m for new classrooms.\n\nHe said: “We are also giving £3m to parks.”\n",
			want: []string{"package £10m; share £4m", "claim £10m package, £4m share", "claim £3m other"},
		},
		{
			// Given "also" after the speaker's own first-hand sums
			// (financeni-2020): the speaker's list goes on, unless the
			// money is a further sum.
			text: "The council leader, Tom Hill, today allocated £10m to schools.\n\nHe said: “I have allocated £4m for new classrooms.\n\n“I have provided £2m for school meals.\n\n“I have also awarded £1m to help repair roofs.”\n",
			want: []string{"package £10m; share £4m; share £2m; share £1m", "claim £10m package", "claim £4m share", "claim £2m share", "claim £1m share"},
		},
		{
			text: "The council leader, Tom Hill, today allocated £10m to schools.\n\nHe said: “I have allocated £4m for new classrooms.\n\n“I have provided £2m for school meals.\n\n“I have also awarded a further £20m to help repair roofs.”\n",
			want: []string{"package £10m; share £4m; share £2m", "claim £10m package", "claim £4m share", "claim £2m share", "claim £20m other"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftNamedProgramme drafts a programme named after its figure, in a
// sentence after those itemising the package, as the package's part, and
// leaves a programme named in lower case only, or beyond the whole, alone.
func TestDraftNamedProgramme(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// thurrockgazette-2022.
			text: "Essex County Council will spend £50 million to help households.\n\nOther funding includes an additional £4.2 million to continue the Holiday Activity and Food Programme and up to £500,000 to establish community supermarkets.\n\nAbout 14,000 residents will get easy access to free maths and finance training through the £7.9 million Essex multiply initiative.\n",
			want: []string{"package £50m; share £4.2m; share up to £500,000; share £7.9m"},
		},
		{
			text: "Northby Council will spend £10 million on young people.\n\nIt includes £2m for youth clubs.\n\nTeenagers will also learn to swim through the £1m Northby Splash scheme.\n",
			want: []string{"package £10m; share £2m; share £1m"},
		},
		{
			// No name: no programme the record can hold.
			text: "Northby Council will spend £10 million on young people.\n\nIt includes £2m for youth clubs.\n\nTeenagers will also learn to swim through the £1m swimming scheme.\n",
			want: []string{"package £10m; share £2m"},
		},
		{
			// Beyond the whole.
			text: "Northby Council will spend £10 million on young people.\n\nIt includes £2m for youth clubs.\n\nTeenagers will also learn to swim through the £9m Northby Splash scheme.\n",
			want: []string{"package £10m; share £2m"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftOpensOnPastDate drafts a sentence opening on a month or a
// year that gives money in the past tense, which is another package
// (thecourier-2023: "In January, Dundee received £14 million …"), beside
// ones whose money lies ahead, which stay the package's.
func TestDraftOpensOnPastDate(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "The council has announced £6m for libraries.\n\nIn March, Leeds received £2m from the Towns Fund for a new market hall.\n",
			want: []string{"package £6m", "package £2m; share £2m", "claim £6m package"},
		},
		{
			text: "The council has announced £6m for libraries.\n\nIn 2019, the council was awarded £2m for a new market hall.\n",
			want: []string{"package £6m", "package £2m; share £2m", "claim £6m package"},
		},
		{
			text: "The council has announced £6m for libraries.\n\nIn March, Leeds will receive £2m for a new market hall.\n",
			want: []string{"package £6m; share £2m", "claim £6m package"},
		},
		{
			text: "The council has announced £6m for libraries.\n\nIn March, the council will be awarded £2m for a new market hall.\n",
			want: []string{"package £6m; share £2m", "claim £6m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftStandfirstNoLede checks that a headline-style summary line
// stating money, a paragraph of its own with no finite verb (or of such
// lines only), is not taken for the lede that announces the package
// (scotgov-2020: "Extra £5 million to help those facing hardship." above
// "An additional £5 million is being made available …"), and that a
// first sentence with a verb is.
func TestDraftStandfirstNoLede(t *testing.T) {
	const body = "An additional £2 million is being made available to parks that are struggling as a result of the floods.\n"
	for _, tc := range []struct{ text, want string }{
		{"Support for parks\n\nExtra £2 million to help parks in need.\n\n" + body,
			"An additional £2 million is being made available to parks that are struggling as a result of the floods."},
		{"Support for parks\n\nExtra £2 million will help parks in need.\n\n" + body,
			"Extra £2 million will help parks in need."},
		{"Support for parks\n\nExtra £2 million to help parks in need. " + body,
			"Extra £2 million to help parks in need."},
		// A paragraph of such lines is a summary too (dluhc-2024).
		{"Support for parks\n\nExtra £2 million to help parks in need as floods bite. Money to repair paths.\n\n" + body,
			"An additional £2 million is being made available to parks that are struggling as a result of the floods."},
		// A verb in the simple past after its subject or a time is prose,
		// the lede; a participle ending a line is not.
		{"Support for parks\n\nCouncillors yesterday agreed to release £1 million for parks in need.\n\n" + body,
			"Councillors yesterday agreed to release £1 million for parks in need."},
		{"Support for parks\n\nThe Parks Board agreed to release £1 million for parks in need.\n\n" + body,
			"The Parks Board agreed to release £1 million for parks in need."},
		{"Support for parks\n\nExtra £2 million for parks confirmed.\n\n" + body,
			"An additional £2 million is being made available to parks that are struggling as a result of the floods."},
	} {
		d := drafter{text: tc.text}
		d.read()
		if got := d.in(d.announce); got != tc.want {
			t.Errorf("DraftRecord(%q) announcing sentence = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDraftSharesInSpeech drafts the shares a speaker gives after
// stating the package in speech as the package's allocations, two with
// the same sum included, and reads the package from the sentence that
// announces it after a word of receiving that takes no money ("Having
// received …"): invented articles.
func TestDraftSharesInSpeech(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Transport Minister, Jo Bell, has announced funding for rail.\n\nShe said: \"Having received the views of the board, I will allocate £9 million to the operators.\n\n\"Northern Rail will receive £4 million for new carriages.\n\n\"Southern Rail will receive £4 million for station repairs.\n\n\"Following these allocations, there will be £20 million of extra funding next year.\"\n",
			want: []string{
				"package £9m; share £4m; share £4m",
				"claim £9m package",
				"claim £4m share",
				"claim £4m share",
				// Its words make the £20m a package's; it is not the
				// headline, which the first sentence announcing money
				// gives, but other money of the announcer's, as
				// dofni-2022's record has its "at least £300 million".
				"claim £20m other",
			},
		},
		{
			// The package stated in the narrative: the speaker's shares
			// are no list of it.
			text: "The council has announced a £9 million fund for rail.\n\nJo Bell said: \"Northern Rail will receive £4 million for new carriages.\"\n",
			want: []string{"package £9m", "claim £9m package", "claim £4m share"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftWorkListed drafts a list's line opening on its money and a verb
// of work in "-ing" as a part for that work, and leaves such words after
// money inside a sentence alone: invented articles.
func TestDraftWorkListed(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "The council has announced £5m for the county's roads.\n\nThe plans include:\n\n£300,000 for new crossings\n\n£200,000 resurfacing rural lanes\n",
			want: []string{"package £5m; share £300,000; share £200,000", "claim £5m package"},
		},
		{
			text: "The council has announced £5m for the county's roads.\n\nLast year it put £200,000 resurfacing rural lanes.\n",
			want: []string{"package £5m", "claim £5m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftInvestedIn drafts money put "in" a verb of work in "-ing" as a
// part for that work (telfordwrekin-2018: "will invest £600,000 in
// developing safer school routes and a further £300,000 in creating …"),
// money "spent" on such a verb as a part too (fwi-2016: "The other £30m
// would be spent repairing defences on the rivers …"), and leaves "in"
// before other words alone: invented articles.
func TestDraftInvestedIn(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Money for the county\n\nAnytown Council will invest £400,000 in resurfacing rural lanes and a further £100,000 in repairing bridges as part of a package of one-off investments.\n",
			want: []string{"package ; share £400,000; share £100,000", "claim £400,000 share, £100,000 share"},
		},
		{
			text: "Money for the county\n\nThe council has announced £5m for the county's roads, with £200,000 in 2019 and the rest later.\n",
			want: []string{"package £5m", "claim £5m package, £200,000 unknown"},
		},
		{
			text: "Money for the county\n\nThe council has announced £5m for the county's roads.\n\nAbout £3m will be spent resurfacing rural lanes. The other £2m will be spent repairing bridges over the Avon.\n",
			want: []string{"package £5m; share about £3m; share £2m", "claim £5m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftInvestmentIn drafts the money of "an investment in" what it
// names as a part for that (belfasttelegraph-2016: "It includes a £10m
// investment in diagnostic services"), and "a further" investment as money
// of its own, not a part (rct-2023: "a new three-year capital programme
// which includes a further £7.1m investment in Council priority areas"):
// invented articles. Which package the further money is, the headline's
// rules say; these say only that it is not a part.
func TestDraftInvestmentIn(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "£8m to cut queues\n\nThe Health Minister has announced an £8m cash injection to cut waiting times at the county's clinics.\n\nIt includes a £2m investment in scanning services, building capacity for 10,000 tests.\n",
			want: []string{"package £8m; share £2m", "claim £8m package"},
		},
		{
			text: "Money for roads\n\nThe council has announced a £6m package for the county's roads.\n\nThe package includes a £1.5m investment in new cycle lanes.\n",
			want: []string{"package £6m; share £1.5m", "claim £6m package"},
		},
		{
			text: "Money for roads\n\nThe council has agreed a new capital programme which includes a further £2m investment in Anytown's roads.\n\nThe programme will invest £50m over the next three years.\n",
			// The further £2m is no part of the programme's £50m.
			want: []string{"package £50m over 3 years"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftMorePartsListed drafts an article that states only the
// package's parts and then lists more of them after an itemising word,
// larger than the first sum (telfordwrekin-2018: "Other investments
// include £1m in Pride schemes …"), as parts too, money in a named
// programme among them; and a name after "in" with no programme's noun as
// a place, not a part: invented articles.
func TestDraftMorePartsListed(t *testing.T) {
	const lede = "Money for the county\n\nAnytown Council will invest £400,000 in resurfacing rural lanes and a further £100,000 in repairing bridges as part of a package of one-off investments.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "Other investments include £1m in Bloom schemes across the county.\n",
			want: []string{"package ; share £400,000; share £100,000; share £1m", "claim £400,000 share, £100,000 share"},
		},
		{
			text: lede + "Other investments include £50,000 in Anytown.\n",
			want: []string{"package ; share £400,000; share £100,000", "claim £400,000 share, £100,000 share"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftBodyDecided drafts a sentence of the announcing body's
// narrative, naming it by its kind, that says it has decided to give
// money (telfordwrekin-2018: "The council has also already decided to set
// aside £350,000 to fund the inquiry …") as its claim and the money as a
// package of its own; money it has spent is neither: invented articles.
func TestDraftBodyDecided(t *testing.T) {
	const lede = "Council investments\n\nAnytown Council will invest £400,000 in resurfacing rural lanes and a further £100,000 in repairing bridges as part of a package of one-off investments.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "The council has also already decided to set aside £50,000 to fund a review of its libraries.\n",
			want: []string{"package ; share £400,000; share £100,000", "package £50,000", "claim £400,000 share, £100,000 share", "claim £50,000 package"},
		},
		{
			text: lede + "The council has already spent £50,000 on a review of its libraries.\n",
			want: []string{"package ; share £400,000; share £100,000", "claim £400,000 share, £100,000 share"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftAlreadyBudgeted checks that money "already budgeted" after an
// extra sum is the level the extra tops up, not a package of its own,
// while money "already provided" is still another package's.
func TestDraftAlreadyBudgeted(t *testing.T) {
	tests := []struct {
		name, article string
		headlines     []string
	}{
		{"already budgeted",
			"The county council will invest £20m in roads.\n\nIt includes £3m extra for potholes, in addition to £7m already budgeted to March 2026.",
			[]string{"£20m"}},
		{"budgeted for",
			"The county council will invest £20m in roads.\n\nIt includes £3m extra for potholes, on top of £7m budgeted for this year.",
			[]string{"£20m"}},
		{"already provided is another package",
			"The county council will invest £20m in roads.\n\nThis is in addition to £7m already provided this year.",
			[]string{"£20m", "£7m"}},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.article)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tt.article, err)
		}
		var got []string
		for _, p := range d.Record.Packages {
			got = append(got, p.Headline.String())
		}
		if diff := cmp.Diff(tt.headlines, got); diff != "" {
			t.Errorf("%s: package headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}

// TestDraftQuotedTitle drafts articles whose title ends on a quoted label
// (fwi-2016: "Extra £40m flood defence cash branded ‘sticking plaster’"),
// which is a title, not the first sentence of the body, and checks that
// the lede's sum the title states as it is stays the headline, while a
// speaker's "More than £40m" after it restates the package: invented
// articles, with one whose title states no qualifier-free sum.
func TestDraftQuotedTitle(t *testing.T) {
	for i, tc := range []struct {
		text, title string
		want        []string
	}{
		{
			text: "Extra £5m for village halls branded ‘small change’\n\nAn extra £5m to repair village halls has been described as small change.\n\n" +
				"Council leader Jane Smith announced the funding on Monday.\n\nMore than £5m would be spent to repair roofs, she added.\n",
			title: "Extra £5m for village halls branded ‘small change’",
			want:  []string{"package £5m", "claim more than £5m package"},
		},
		{
			text: "Village halls cash 'too little, too late'\n\nAn extra £5m to repair village halls has been described as small change.\n\n" +
				"More than £5m would be spent to repair roofs, Jane Smith added.\n",
			title: "Village halls cash 'too little, too late'",
			want:  []string{"package more than £5m", "claim more than £5m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
		d, err := DraftRecord(tc.text)
		if err != nil {
			t.Fatalf("case %d: DraftRecord: %v", i, err)
		}
		if got := d.Record.Packages[0].Title; got != tc.title {
			t.Errorf("case %d: DraftRecord(%q) title = %q, want %q", i, tc.text, got, tc.title)
		}
	}
}
