package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftAlsoBeyondWhole checks that money a sentence says "was also
// provided from" a source, after parts that make up the whole, is a
// package of its own, and that the same sentence within the whole is one
// way the package's money comes.
func TestDraftAlsoBeyondWhole(t *testing.T) {
	const quote = "The Leader said: “The money includes £6.3 million for play areas and £2.4 million for new paths.\n\n“A further allocation of £1.4 million for benches in every park, will help.”\n\n"
	tests := []struct {
		name, article string
		want          []string // the headlines, the package's first
	}{
		{"beyond the whole",
			"Parks money\n\nThe council has announced £10 million for parks.\n\n" + quote + "Funding of £0.5 million was also provided from the reserves.\n",
			[]string{"£10 million", "£0.5 million"}},
		{"within the whole",
			"Parks money\n\nThe council has announced £11 million for parks.\n\n" + quote + "Funding of £0.5 million was also provided from the reserves.\n",
			[]string{"£11 million"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: DraftRecord(%q) headlines mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
