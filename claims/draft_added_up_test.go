package claims

import (
	"strings"
	"testing"
)

// TestDraftAddedUp checks that "adds up to", "added up to" and "adding
// up to" total a sum and attribute no words to the subject before them,
// while "adds" and "added" alone still frame a speaker's words.
func TestDraftAddedUp(t *testing.T) {
	const lede = "Oxford City Council will receive £2 million in emergency funding, the Government has said.\n\n"
	tests := []struct {
		name, article string
		spoken        bool // whether the second paragraph is drafted as a claim
	}{
		{"adds up to a rate",
			lede + "Oxford has 150,000 residents, which means the grant for the city adds up to £13.33 per head, just below the national average of £14 per head.\n",
			false},
		{"added up to a total",
			lede + "Across the county the awards added up to £40,000, more than last year.\n",
			false},
		{"adding up to a total",
			lede + "Four rounds of grants have now been paid, adding up to £6 million in all.\n",
			false},
		{"adds framing words",
			lede + "“This £2 million will help us through the winter,” adds council leader Jo Bell.\n",
			true},
		{"added framing words",
			lede + "Council leader Jo Bell added that the £2 million would help the city through the winter.\n",
			true},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		second := tt.article[len(lede):]
		spoken := false
		for _, c := range d.Record.Claims {
			if c.Quote != "" && strings.Contains(second, c.Quote) {
				spoken = true
			}
		}
		if spoken != tt.spoken {
			t.Errorf("%s: DraftRecord(%q) drafts the second paragraph as a claim = %v, want %v", tt.name, tt.article, spoken, tt.spoken)
		}
	}
}
