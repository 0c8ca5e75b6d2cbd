package claims

import (
	"testing"
	"time"

	"github.com/fundclaims/fundclaims/funding"
)

// TestDraftPublished checks the date drafted as the article's, from the
// lines above its body: a date printed there, but not a deadline the
// title gives ("… by 31 March 2025"), which is no date of publication;
// a date in figures is day, month and year, as the UK writes it.
func TestDraftPublished(t *testing.T) {
	march4 := funding.MustDate(2024, time.March, 4)
	body := "\n\nLeeds City Council has today announced £3m to mend roads across the city.\n"
	tests := []struct {
		article string
		want    funding.Date
	}{
		{"Roads fund" + "\n\nPublished 4 March 2024" + body, march4},
		{"Roads fund" + "\n\n4 March 2024" + body, march4},
		{"Council to mend roads by 31 March 2025" + body, funding.Date{}},
		{"Roads fund" + "\n\nPublished\n04.03.2024" + body, march4},
		{"Roads fund" + "\n\nPublished\n4.3.2024" + body, march4},
		{"Roads fund" + "\n\nPublished\n31.02.2024" + body, funding.Date{}},
		{"Council to mend roads until 31 March 2025" + "\n\nPublished on 4 March 2024" + body, march4},
	}
	for _, tt := range tests {
		p, ok := draftedPackage(t, tt.article)
		if !ok {
			continue
		}
		if p.Announced != tt.want {
			t.Errorf("DraftRecord(%q): announced %v, want %v", tt.article, p.Announced, tt.want)
		}
	}
}
