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
	d, err := DraftRecord(article)
	if err != nil {
		t.Fatalf("DraftRecord(%q): %v", article, err)
	}
	checkDraft(t, article, d)
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
	}
	for _, tt := range tests {
		p, ok := draftedPackage(t, tt.article)
		if !ok {
			continue
		}
		var got []string
		for _, a := range p.Allocations {
			got = append(got, a.Title)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("DraftRecord(%q) allocation titles (-want +got):\n%s", tt.article, diff)
		}
	}
}
