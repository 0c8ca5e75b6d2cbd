package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// A measuresCase is an article and the measures its first package should
// be drafted with, in order, each as the test views it.
type measuresCase struct {
	article string
	want    []string
}

// checkMeasures drafts each case's article (draftedPackage) and compares
// the measures of its first package, each as of gives it, with its want;
// the tests of which counts are measures, and what a measure holds, share
// it.
func checkMeasures(t *testing.T, of func(funding.Measure) string, tests []measuresCase) {
	t.Helper()
	for _, tt := range tests {
		p, ok := draftedPackage(t, tt.article)
		if !ok {
			continue
		}
		var got []string
		for _, m := range p.Measures {
			got = append(got, of(m))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("DraftRecord(%q): measures mismatch (-want +got):\n%s", tt.article, diff)
		}
	}
}

// measureNoun views a measure as what it counts, for checkMeasures.
func measureNoun(m funding.Measure) string { return m.Noun }

// measureNote views a measure as its note, for checkMeasures.
func measureNote(m funding.Measure) string { return m.Note }
