package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// checkClaims drafts text and fails the test unless its claims, each as
// "speaker | quote", are want.
func checkClaims(t *testing.T, name, text string, want []string) {
	t.Helper()
	d, err := DraftRecord(text)
	if err != nil {
		t.Fatalf("%s: DraftRecord: %v", name, err)
	}
	checkDraft(t, text, d)
	var got []string
	for _, c := range d.Record.Claims {
		got = append(got, c.Speaker.Who()+" | "+c.Quote)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: DraftRecord(%q) claims (-want +got):\n%s", name, text, diff)
	}
}
