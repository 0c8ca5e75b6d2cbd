package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// TestQuotationAgentNoDate checks that a month or a day after "by" in the
// passive ("will be announced by March") names when, not who: no speaker
// and no funder is drafted from it, while a body after "by" still is.
func TestQuotationAgentNoDate(t *testing.T) {
	tests := []struct {
		name, article string
		speaker       funding.Person
		funder        string
	}{
		{"a month after by, from the brief", "A £3m fund for parks will be announced by March.", funding.Person{}, unknownFunder},
		{"a day after by", "A £2m grant for roads will be confirmed by Friday.", funding.Person{}, unknownFunder},
		{"a month in three letters", "A £4m fund for libraries will be announced by Dec.", funding.Person{}, unknownFunder},
		{"a body after by is still the agent", "A £3m fund for parks was announced by the Scottish Government.",
			funding.Person{Org: "Scottish Government"}, "Scottish Government"},
		// A minister's post is no funder (constructionindex-2019); a
		// mayor of a place, who gives money of the office, is.
		{"a minister's post is no funder", "Economy secretary Derek Mackay has announced a £50m fund for town centres.",
			funding.Person{Name: "Derek Mackay", Role: "Economy secretary"}, unknownFunder},
		{"a mayor of a place is", "The Mayor of London has announced a £4m fund for youth clubs.",
			funding.Person{Role: "Mayor of London"}, "Mayor of London"},
	}
	for _, tt := range tests {
		var got funding.Person
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = q.claim.Speaker
		}
		if diff := cmp.Diff(tt.speaker, got); diff != "" {
			t.Errorf("%s: speaker of quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		d, err := DraftRecord(tt.article)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tt.article, err)
		}
		if len(d.Record.Packages) != 1 {
			t.Fatalf("DraftRecord(%q) drafted %d packages, want 1", tt.article, len(d.Record.Packages))
		}
		if f := d.Record.Packages[0].Funder.Name; f != tt.funder {
			t.Errorf("%s: DraftRecord(%q).Packages[0].Funder = %q, want %q", tt.name, tt.article, f, tt.funder)
		}
	}
}

// TestDraftUnnamedAnnouncer checks that money announced after the
// announcing sentence by a post the article gives no one ("the Education
// Secretary announced that another £9 million ...") is no claim, since a
// claim needs a named speaker, while the same post's announcing sentence,
// the same post in an article that names its holder, and quoted words of
// an unnamed post are claims as before.
func TestDraftUnnamedAnnouncer(t *testing.T) {
	tests := []struct {
		name, article string
		speakers      []funding.Person
	}{
		{"an announcement by a post no one holds",
			"The county council has announced £4 million for school repairs this year.\n\nOn top of that, the Education Secretary announced on Monday that another £9 million will be provided for playgrounds.",
			[]funding.Person{{Org: "county council"}}},
		{"the post's holder named before",
			"The county council has announced £4 million for school repairs this year.\n\nEducation Secretary Jane Hollis visited a school in Leeds.\n\nThe Education Secretary announced on Monday that another £9 million will be provided for playgrounds.",
			[]funding.Person{{Org: "county council"}, {Name: "Jane Hollis", Role: "Education Secretary"}}},
		{"the unnamed post's announcing sentence",
			"The Education Secretary has announced £9 million for playgrounds.\n\nThe money will be shared between 30 schools.",
			[]funding.Person{{Role: "Education Secretary", Org: unknownSpeaker}}},
		{"quoted words of an unnamed post",
			"The county council has announced £4 million for school repairs this year.\n\nThe Education Secretary said: “This money will fix playgrounds.”",
			[]funding.Person{{Org: "county council"}, {Role: "Education Secretary", Org: unknownSpeaker}}},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.article)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tt.article, err)
		}
		var got []funding.Person
		for _, c := range d.Record.Claims {
			got = append(got, c.Speaker)
		}
		if diff := cmp.Diff(tt.speakers, got); diff != "" {
			t.Errorf("%s: speakers of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
