package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftMeasurePassive checks that a second count of a noun the
// package measures already is drafted as a measure of its own under the
// noun its passive verb narrows it to ("9,000 homes will have been
// repaired": homes repaired), so that a claim stating it is weighed
// against it, and that a second count with no such verb is still left
// out, since under the bare noun it would stand beside the first.
func TestDraftMeasurePassive(t *testing.T) {
	const lede = "Homes fund\n\nThe Welsh Government has announced £6 million for home repairs. About 4,000 homes have already been given new boilers."
	tests := []struct {
		name, article string
		want          []string // the measures, count and noun, in order
	}{
		{"a passive verb after the second count",
			lede + " By 2027, some 9,000 homes will have been repaired.",
			[]string{"about 4,000 homes", "about 9,000 homes repaired"}},
		{"a passive verb with no auxiliary but be",
			lede + " Last winter 2,500 homes were insulated.",
			[]string{"about 4,000 homes", "2,500 homes insulated"}},
		{"an active verb after the second count",
			lede + " Another 9,000 homes need new roofs.",
			[]string{"about 4,000 homes"}},
		{"a clause break before the verb",
			lede + " By 2027, some 9,000 homes, the council said, will have been repaired.",
			[]string{"about 4,000 homes"}},
	}
	for _, tt := range tests {
		p, ok := draftedPackage(t, tt.article)
		if !ok {
			t.Errorf("%s: DraftRecord(%q) drafted no package", tt.name, tt.article)
			continue
		}
		var got []string
		for _, m := range p.Measures {
			got = append(got, m.Count.String()+" "+m.Noun)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) measures mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
