package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftSharedOut checks that the subject of "shared out" a sum is its
// recipient, an allocation of the package, as the subject of "got" is,
// while one that shares it out "among", "between" or "to" others gives
// it and receives nothing (those after "to" receive it, as they would
// after any verb).
func TestDraftSharedOut(t *testing.T) {
	const lede = "Oxford City Council has announced that it is to award nearly £300,000 in grants to community organisations.\n\n"
	tests := []struct {
		name, article string
		want          []string // the titles of the package's allocations
	}{
		{"recipients share it out",
			lede + "Voluntary and community groups shared out nearly £21,000 on projects that would benefit their neighbourhoods.\n",
			[]string{"Voluntary and community groups"}},
		{"in the present tense",
			lede + "Twelve youth clubs share out £8,000 this summer.\n",
			[]string{"Twelve youth clubs"}},
		{"a giver shares it out among others",
			lede + "The panel shared out £21,000 among community groups.\n",
			nil},
		{"a giver shares it out to others, who receive it",
			lede + "The panel will be sharing out £9,000 to sports clubs.\n",
			[]string{"sports clubs"}},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		if len(d.Record.Packages) == 0 {
			t.Fatalf("%s: DraftRecord(%q) drafted no package", tt.name, tt.article)
		}
		var got []string
		for _, a := range d.Record.Packages[0].Allocations {
			got = append(got, a.Title)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) allocation titles mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
