package claims

import "testing"

// TestDraftAnnouncerNotBeforeNoun checks that the words before a noun of
// announcing ("Commenting on the allocations the Minister said: …",
// "Welcoming the announcement …") are not read as the subject of a verb,
// and so name neither the package's announcer nor its funder, while a
// subject before a verb of announcing still does.
func TestDraftAnnouncerNotBeforeNoun(t *testing.T) {
	const (
		head  = "Parks get more\n\nParks will benefit from further funding.\n\n"
		quote = " the Parks Minister said: “I have now chosen to provide £10million for parks, which allows me to redeploy £4million to play areas.”"
	)
	tests := []struct {
		name, article, announcer, funder string
	}{
		{"commenting on the allocations", head + "Commenting on the allocations" + quote, "Parks Minister", unknownFunder},
		{"welcoming the announcement", head + "Welcoming the announcement" + quote, "Parks Minister", unknownFunder},
		{"a subject before the verb", "Parks get more\n\nThe Parks Minister has announced £10million for parks.", "Parks Minister", unknownFunder},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		if len(d.Record.Packages) == 0 {
			t.Errorf("%s: DraftRecord(%q) drafted no package", tt.name, tt.article)
			continue
		}
		p := d.Record.Packages[0]
		who := p.AnnouncedBy.Name + p.AnnouncedBy.Org + p.AnnouncedBy.Role
		if who != tt.announcer || p.Funder.Name != tt.funder {
			t.Errorf("%s: DraftRecord(%q) announcer, funder = %q, %q, want %q, %q", tt.name, tt.article, who, p.Funder.Name, tt.announcer, tt.funder)
		}
	}
}
