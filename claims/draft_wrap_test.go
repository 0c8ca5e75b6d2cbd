package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftRecordHardWrapped checks that DraftRecord drafts the same
// record from a story saved with its lines wrapped at 72 columns and blank
// lines between paragraphs, as from a terminal or an email, as from the
// story as published: a wrapped line is not a paragraph of its own.
func TestDraftRecordHardWrapped(t *testing.T) {
	for _, path := range []string{london2025Source, mopac2016Source} {
		text := quoteSource(t, path)
		want, err := DraftRecord(text)
		if err != nil {
			t.Fatal(err)
		}
		wrapped := rewrap(text, 72)
		got, err := DraftRecord(wrapped)
		if err != nil {
			t.Fatal(err)
		}
		checkDraft(t, wrapped, got)
		if diff := cmp.Diff(want.Record, got.Record); diff != "" {
			t.Errorf("DraftRecord(%s wrapped at 72 columns) differs from the unwrapped text (-unwrapped +wrapped):\n%s", path, diff)
		}
	}
}
