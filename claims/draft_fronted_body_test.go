package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// TestFrontedBody checks that a release's own sentence whose subject, after
// a fronted phrase, is a body is that body's claim, and that one whose
// subject there is a person, or that fronts no phrase of time, stays the
// publisher's.
func TestFrontedBody(t *testing.T) {
	const said = "The Leader said:\n\n“This will help.”\n"
	tests := []struct {
		name, lede, want string
	}{
		{"a body after a date",
			"At their meeting on Tuesday, February 28, Cabinet considered a programme which will invest £187m.",
			"Cabinet | At their meeting on Tuesday, February 28, Cabinet considered a programme which will invest £187m."},
		{"an organisation after a time",
			"On Tuesday, Penford County Council agreed a programme which will invest £187m.",
			"Penford County Council | On Tuesday, Penford County Council agreed a programme which will invest £187m."},
		{"a person after a time",
			"On Tuesday, Jane Smith agreed a programme which will invest £187m.",
			"Penford Council | On Tuesday, Jane Smith agreed a programme which will invest £187m."},
		{"no phrase fronted",
			"Members of Cabinet, as expected, agreed a programme which will invest £187m.",
			"Penford Council | Members of Cabinet, as expected, agreed a programme which will invest £187m."},
	}
	for _, tt := range tests {
		text := "Budget agreed\n\n" + tt.lede + "\n\n" + said
		d, err := DraftRecordFrom(text, funding.Source{Publisher: "Penford Council"})
		if err != nil {
			t.Fatalf("%s: DraftRecordFrom: %v", tt.name, err)
		}
		var got string
		if len(d.Record.Claims) > 0 {
			c := d.Record.Claims[0]
			got = c.Speaker.Who() + " | " + c.Quote
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecordFrom(%q) first claim (-want +got):\n%s", tt.name, text, diff)
		}
	}
}
