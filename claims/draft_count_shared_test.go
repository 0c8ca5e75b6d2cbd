package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftCountSharedAcross checks that a count of those a claim says the
// money is split among ("split across 38 groups") is weighed against the
// package's one allocation that counts its recipients, whatever noun
// names them, and that a count with no such words, or beside a package
// whose allocation counts none, is left unlinked.
func TestDraftCountSharedAcross(t *testing.T) {
	const lede = "Halls fund\n\nCommunities Minister Jane Hutt has announced £2m for community halls. The minister said that funding contracts for up to 40 halls would be issued this spring.\n\n"
	tests := []struct {
		name, article string
		want          []string // each count assertion's words and allocation
	}{
		{"split across",
			lede + "Councillor Tom Price said: \"This money, when it is split across 38 groups, will not go far.\"",
			[]string{"up to 40 halls -> ", "38 groups -> up-40-halls"}},
		{"shared between",
			lede + "Councillor Tom Price said: \"Once it is shared between 38 groups it will not go far.\"",
			[]string{"up to 40 halls -> ", "38 groups -> up-40-halls"}},
		{"no words of sharing",
			lede + "Councillor Tom Price said: \"I have met 38 groups who say it will not go far.\"",
			[]string{"up to 40 halls -> ", "38 groups -> "}},
		{"no counted allocation",
			"Halls fund\n\nCommunities Minister Jane Hutt has announced £2m for community halls.\n\n" +
				"Councillor Tom Price said: \"This money, when it is split across 38 groups, will not go far.\"",
			[]string{"38 groups -> "}},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var got []string
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if cc, ok := a.(CountClaim); ok {
					got = append(got, cc.Span.In(c.Quote)+" -> "+cc.Allocation)
				}
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) count assertions mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
