package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftRecipientRelease checks that a release whose announcing
// sentence opens on the body that has obtained the money ("The Council of
// the Isles of Scilly has received £173,831 from …") is the body's own
// claim when the article is the body's: a quotation's speaker holds a
// post of the body by its name, or the narrative speaks as "us"; and that
// a report of the same sentence that reads as no one's release (a speaker
// of another body, no "we" or "us") drafts no claim of it.
func TestDraftRecipientRelease(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each claim: speaker | quote
	}{
		{"a speaker holding a post of the body",
			"Library award\n\nThe Council of the Isles of Wight has received £50,000 from the Reading Trust to refurbish its library.\n\nCouncillor Ann Smith, Leader of the Council of the Isles of Wight, said: “We are delighted to have won this support.”\n",
			[]string{
				"Council of the Isles of Wight | The Council of the Isles of Wight has received £50,000 from the Reading Trust to refurbish its library.",
				"Ann Smith | We are delighted to have won this support.",
			}},
		{"the narrative speaking as us, the body's short form after it",
			"New clinics\n\nNorthshire Health Foundation Trust (NHFT) has secured a share of a £20m national fund to open new clinics.\n\nThe funding will enable us to open two clinics in Penford.\n\nJane Doe, Chief Executive, said “This is welcome news for patients.”\n",
			[]string{
				"Northshire Health Foundation Trust | Northshire Health Foundation Trust (NHFT) has secured a share of a £20m national fund to open new clinics.",
				"Jane Doe | This is welcome news for patients.",
			}},
		{"no one's release",
			"Library award\n\nThe Council of the Isles of Wight has received £50,000 from the Reading Trust to refurbish its library.\n\nAnn Smith, of the Friends of the Library, said: “It is a start, but the roof still leaks.”\n",
			[]string{
				"Ann Smith | It is a start, but the roof still leaks.",
			}},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.text)
		if err != nil {
			t.Fatalf("%s: DraftRecord: %v", tt.name, err)
		}
		checkDraft(t, tt.text, d)
		var got []string
		for _, c := range d.Record.Claims {
			got = append(got, c.Speaker.Who()+" | "+c.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) claims (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}
