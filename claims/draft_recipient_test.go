package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// TestDraftRecipientIsNoGiver checks that the subject of a verb of
// receiving, or of a verb of giving in the passive, is drafted as neither
// the package's announcer nor its funder: "Suffolk is set to receive
// £10m" and "Babergh was allocated £1.7m" name who gets the money.
func TestDraftRecipientIsNoGiver(t *testing.T) {
	tests := []struct {
		article, announcer, funder string
	}{
		{"Suffolk cash\n\nSuffolk is set to receive over £10million in Government cash to help its high street.\n\n" +
			"Babergh was allocated over £1.7m for its high street, and Mid Suffolk £1.8m for its market towns.",
			"", "unknown funder"},
		{"Porth hub\n\nPorth has been awarded £3.5 million for a new transport hub by the Levelling Up Fund.", "", "unknown funder"},
		{"Parks fund\n\nLeeds City Council is set to invest £3m in the city's parks.", "Leeds City Council", "Leeds City Council"},
		{"Parks fund\n\nLeeds City Council is providing £1m for the three parks and £2m for the two pools.", "", "Leeds City Council"},
	}
	for _, tt := range tests {
		p, ok := draftedPackage(t, tt.article)
		if !ok {
			continue
		}
		if got := p.AnnouncedBy.Org + p.AnnouncedBy.Name; got != tt.announcer {
			t.Errorf("DraftRecord(%q): announcedBy %q, want %q", tt.article, got, tt.announcer)
		}
		if p.Funder.Name != tt.funder {
			t.Errorf("DraftRecord(%q): funder %q, want %q", tt.article, p.Funder.Name, tt.funder)
		}
	}
}

// draftedPackage drafts article, checks the draft with checkDraft, and
// returns its first package; false, with an error, if it has none.
func draftedPackage(t *testing.T, article string) (funding.Package, bool) {
	t.Helper()
	d := checkedDraft(t, article)
	if len(d.Record.Packages) == 0 {
		t.Errorf("DraftRecord(%q) drafted no package", article)
		return funding.Package{}, false
	}
	return d.Record.Packages[0], true
}

// TestDraftGiverNoRecipient drafts money given by a verb that gives it in
// the active voice, whose subject gives the money and is no allocation's
// recipient, beside the passive, whose subject gets it, unless a count
// of recipients gets at least so much, the least each got.
func TestDraftGiverNoRecipient(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// stv-2013: "The Scottish Government allocated £20m …".
			text: "The council has announced £8m for the county's roads.\n\nThe county council allocated £1m.\n",
			want: []string{"package £8m", "claim £8m package"},
		},
		{
			text: "The council has announced £8m for the county's roads.\n\nThe town of Deal was allocated £1m.\n",
			want: []string{"package £8m; share £1m", "claim £8m package"},
		},
		{
			// What a count of recipients was given "or more" is the least
			// each got, not their allocation; without the count it is one.
			text: "The council has announced £8m for the county's roads.\n\nIn all, 12 parishes were given £5,000 or more.\n",
			want: []string{"package £8m", "claim £8m package"},
		},
		{
			text: "The council has announced £8m for the county's roads.\n\nThe town of Deal was given £5,000 or more.\n",
			want: []string{"package £8m; share at least £5,000", "claim £8m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftRecipientTitles checks whom an allocation is drafted for: what
// money is pumped or put into, and the subject of a verb of receiving
// after ", while", not the clause before it.
func TestDraftRecipientTitles(t *testing.T) {
	tests := []struct {
		article string
		want    []string
	}{
		{"The Government has announced a £5m settlement for Northby.\n\nThe new settlement will also see £200,000 pumped into Northby's libraries budget, while Southby Council will receive £150,000.\n",
			[]string{"Northby's libraries budget", "Southby Council"}},
		{"The Mayor has announced £900,000 for youth work.\n\nOf that, £90,000 will be put into the Eastside youth club.\n",
			[]string{"Eastside youth club"}},
		// An adverb of degree between the verb of receiving and the money
		// leaves the subject the recipient, and the next, gapped, too.
		{"The Government has announced a £5m settlement for the county.\n\nNorthby Council got only an extra £8,000 and Southby Council £7,000.\n",
			[]string{"Northby Council", "Southby Council"}},
	}
	for _, tt := range tests {
		checkAllocationsAs(t, "titles", tt.article, func(a funding.Allocation) string { return a.Title }, tt.want)
	}
}

// TestDraftPurposeAfterTo checks that "to" and a verb with its object
// after a figure give the money's purpose, not a recipient
// (thecourier-2023: "£14 million … to transform an old car park"), and
// that a noun phrase after "to" stays the recipient; and that a second
// "to" opening a purpose parts the recipient from what the money is for
// (welshgov-2018: "allocated to Local Health Boards to support delivery of
// actions …" had all of it as the recipient's name).
func TestDraftPurposeAfterTo(t *testing.T) {
	for _, tc := range []struct {
		text, recipient, purpose string
	}{
		{"The council has announced £6m for libraries.\n\nLeeds will get £2m to rebuild the old market hall.\n", "", "rebuild the old market hall"},
		{"The council has announced £6m for libraries.\n\nThe board will give £2m to the Leeds Market Trust.\n", "Leeds Market Trust", ""},
		{"The council has announced £6m for libraries.\n\nFunding of £2m will be allocated to Local Health Boards to support delivery of winter plans.\n", "Local Health Boards", "delivery of winter plans"},
		{"The council has announced £6m for libraries.\n\nThe board will give £2m to the Leeds Market Trust to repair the roof.\n", "Leeds Market Trust", "repair the roof"},
	} {
		p, ok := draftedPackage(t, tc.text)
		if !ok {
			continue
		}
		if len(p.Allocations) != 1 {
			t.Errorf("DraftRecord(%q) drafted %d allocations, want 1", tc.text, len(p.Allocations))
			continue
		}
		a := p.Allocations[0]
		var recipient, purpose string
		if len(a.Recipients) > 0 {
			recipient = a.Recipients[0].Name
		}
		if len(a.Purposes) > 0 {
			purpose = a.Purposes[0]
		}
		if recipient != tc.recipient || purpose != tc.purpose {
			t.Errorf("DraftRecord(%q) allocation recipient %q, purpose %q; want %q, %q", tc.text, recipient, purpose, tc.recipient, tc.purpose)
		}
	}
}

// TestDraftGettingRecipient drafts the subject of "is getting" or "got"
// before a figure as its recipient (thecourier-2023: "Dundee is getting
// £20 million as part of the UK’s “levelling up” scheme"), as it does the
// subject of "will get".
func TestDraftGettingRecipient(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Leeds is getting £3m as part of the towns scheme.\n\nThe scheme totals £9m across three cities in Yorkshire.\n",
			want: []string{"package £9m; share £3m; share £9m ×3"},
		},
		{
			text: "The council has announced £9m for parks.\n\nLast week Bradford got £3m for its parks.\n",
			want: []string{"package £9m; share £3m", "claim £9m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftSharedAcross drafts the whole shared "across", "between" or
// "among" a count of recipients straight after it as their allocation
// (thecourier-2023: "totals £80 million across four council areas in
// Scotland"), and not a span of time or a place with no count.
func TestDraftSharedAcross(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "The government has announced £12m between six island councils, for ferries.\n",
			want: []string{"package £12m; share £12m ×6", "claim £12m package"},
		},
		{
			text: "The government has announced £12m across three years for ferries.\n",
			want: []string{"package £12m", "claim £12m package"},
		},
		{
			text: "The government has announced £12m between 2024 and 2026 for ferries.\n",
			want: []string{"package £12m", "claim £12m package"},
		},
		{
			text: "The government has announced £12m across the islands for ferries.\n",
			want: []string{"package £12m", "claim £12m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftRakeInRecipient drafts the subject of "rake in" before a
// figure as its recipient, as it does the subject of "get"
// (thelondoneconomic-2016: "the country’s least deprived areas … would
// rake in £5.3m"), and not "in" after another verb.
func TestDraftRakeInRecipient(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "The government has announced £90m for councils.\n\nThe richest boroughs, Northby and Eastham, would rake in £4m.\n",
			want: []string{"package £90m; share £4m", "claim £90m package"},
		},
		{
			text: "The government has announced £90m for councils.\n\nThe richest boroughs, Northby and Eastham, would invest in £4m of repairs.\n",
			want: []string{"package £90m", "claim £90m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftSharingVerb drafts the whole after "will (now) share" as the
// allocation of the count before the verb, the money without the
// package's period, which the headline holds (caerphillyobserver-2014:
// "seven local authorities will now share £7m over the next three
// years").
func TestDraftSharingVerb(t *testing.T) {
	const lede = "New money for Northby\n\nThe Welsh Government has announced that Northby will be one of five areas each receiving £2 million of funding to help with regeneration work.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "The additional funding comes from the Welsh Government’s Thriving Towns scheme and means that five local authorities will now share £10m over the next two years.\n",
			want: []string{"package £10m over 2 years; share £10m ×5", "claim £2m per unit"},
		},
		{
			text: lede + "The additional funding comes from the Welsh Government’s Thriving Towns scheme and means that five local authorities will share £10m.\n",
			want: []string{"package £10m; share £10m ×5", "claim £2m per unit"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftGivenIndirectly drafts whom a verb of giving gives money to,
// between the verb and the figure ("the board gave the scheme £50,000"),
// as the recipient of an allocation, and a pronoun there as no one:
// invented articles.
func TestDraftGivenIndirectly(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "The council has announced £90,000 for village projects.\n\nIts grants board gave the Ayton hall £30,000 last week.\n",
			want: []string{"package £90,000; share £30,000", "claim £90,000 package"},
		},
		{
			text: "The council has announced £90,000 for village projects.\n\nIts grants board gave them £30,000 last week.\n",
			want: []string{"package £90,000", "claim £90,000 package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftSharedFor drafts the whole given "for" a count of recipients of
// a class after it ("over £1.8 million in Core Grant funding for 25
// community and voluntary sector organisations") as their allocation, and
// not a count of what the money pays for: invented articles.
func TestDraftSharedFor(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "The minister has announced £2m in grant funding for 12 rural community organisations for next year.\n",
			want: []string{"package £2m; share £2m ×12", "claim £2m package"},
		},
		{
			// Areas and associations are classes of recipients too.
			text: "Ministers announced £900m for 28 areas to improve their bus services.\n",
			want: []string{"package £900m; share £900m ×28", "claim £900m package"},
		},
		{
			text: "The minister has announced £4m for 15 housing associations in the north.\n",
			want: []string{"package £4m; share £4m ×15", "claim £4m package"},
		},
		{
			text: "The minister has announced £2m for 500 new homes in the county.\n",
			want: []string{"package £2m", "claim £2m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftPurposeInTitle checks that a purpose read after a headline in
// the title ends with the title, which ends no sentence: the paragraph
// after it is no part of the purpose (welshgov-2018: "partners this
// winter\n\nFunding of £16m will be allocated …" was one).
func TestDraftPurposeInTitle(t *testing.T) {
	const text = "£20million to support hospitals this winter\n\nFunding of £16m will be allocated to health boards.\n\nThe remaining £4m will fund ambulances.\n"
	p, ok := draftedPackage(t, text)
	if !ok {
		return
	}
	if diff := cmp.Diff([]string{"hospitals this winter"}, p.Purposes); diff != "" {
		t.Errorf("purposes of DraftRecord(%q) (-want +got):\n%s", text, diff)
	}
}
