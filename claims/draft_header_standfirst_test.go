package claims

import (
	"strings"
	"testing"
)

// claimWithRoles is claimLine with each money figure of the claim and its
// role: "package £212,400".
func claimWithRoles(c Claim) string {
	var b strings.Builder
	b.WriteString(claimLine(c))
	for _, a := range c.Assertions {
		if sa, ok := a.(StatedAmount); ok {
			b.WriteString(" | " + sa.Role.String() + " " + sa.Figure.Text())
		}
	}
	return b.String()
}

// TestDraftSummaryNews checks that a summary's line below a standfirst,
// with no full stop, is not taken for the title, and that when it alone
// states the money it is the release's own claim, its publisher's, with
// the headline's role; a summary line restating money the body states is
// no claim of its own.
func TestDraftSummaryNews(t *testing.T) {
	const title = "Grants help village halls through a hard winter\n\n"
	const standfirst = "The Community Chest, which supports village halls across the county, had to change its rules this year\n\n"
	const body = "Commissioner Jane Hollis said, “We kept every hall open.”\n"
	tests := []struct {
		name, article, publisher string
		want                     []string
		title                    string
	}{
		{"the summary's line alone states the money",
			title + standfirst + "In 2023/24, 40 halls received a total of £212,400 from the Community Chest\n\n" + body,
			"Wessex Police and Crime Commissioner",
			[]string{"Wessex Police and Crime Commissioner | In 2023/24, 40 halls received a total of £212,400 from the Community Chest | package £212,400",
				"Jane Hollis | We kept every hall open."},
			"Grants help village halls through a hard winter"},
		{"the body states the money again",
			title + standfirst + "In 2023/24, 40 halls received a total of £212,400 from the Community Chest\n\n" +
				"The Community Chest gave £212,400 to 40 village halls in 2023/24, the Commissioner said.\n\n" + body,
			"Wessex Police and Crime Commissioner",
			[]string{"Wessex Police and Crime Commissioner | The Community Chest gave £212,400 to 40 village halls in 2023/24, the Commissioner said. | package £212,400",
				"Jane Hollis | We kept every hall open."},
			"Grants help village halls through a hard winter"},
	}
	for _, tt := range tests {
		d := draftRelease(t, tt.article, tt.publisher)
		diffClaims(t, tt.name+": DraftRecordFrom", tt.article, d, claimWithRoles, tt.want)
		if got := d.Record.Packages[0].Sources[0].Title; got != tt.title {
			t.Errorf("%s: DraftRecordFrom(%q) source title = %q, want %q", tt.name, tt.article, got, tt.title)
		}
	}
}
