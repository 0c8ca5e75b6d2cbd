package claims

import "testing"

// TestDraftReceivedTotal checks that a count of recipients that
// "received a total of" the whole is its allocation, in a sentence of the
// body or in the summary's line telling the release's news, and that the
// same words with no count draft none.
func TestDraftReceivedTotal(t *testing.T) {
	const title = "Grants help village halls through a hard winter\n\n"
	tests := []struct {
		name, article string
		want          []string // as checkAllocations gives them
	}{
		{"a count in the body",
			title + "In 2023/24, 40 halls received a total of £212,400 from the Community Chest.\n",
			[]string{"40 halls £212,400"}},
		{"a count in the summary's line",
			title + "The Community Chest, which supports village halls across the county, had to change its rules this year\n\n" +
				"In 2023/24, 40 halls received a total of £212,400 from the Community Chest\n\n" +
				"Commissioner Jane Hollis said, “We kept every hall open.”\n",
			[]string{"40 halls £212,400"}},
		{"no count",
			title + "In 2023/24, the halls received a total of £212,400 from the Community Chest.\n",
			nil},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.article, tt.want)
	}
}
