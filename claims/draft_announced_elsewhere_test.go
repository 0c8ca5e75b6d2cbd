package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftAnnouncedElsewhere checks that a news report's own sentence
// announcing the money, whose announcer only a later "Announcing …, he
// told" names, is no claim, while the package keeps that announcer, and
// that a lede naming its announcer stays the announcer's claim.
func TestDraftAnnouncedElsewhere(t *testing.T) {
	const later = "\n\nHousing Secretary Jane Smith spoke in the Commons.\n\nAnnouncing the measure in the House of Commons, she told MPs the “recovery grant” would go to the councils worst hit.\n"
	type said struct{ Quote, Speaker string }
	tests := []struct {
		name, article string
		want          []said
		announcer     string
	}{
		{"an unattributed lede",
			"Fury over grant\n\nCouncillors have reacted with fury as it emerged a £200 million fund to help councils is going to rural counties." + later,
			[]said{{"recovery grant", "Jane Smith"}},
			"Jane Smith"},
		{"a lede naming its announcer",
			"Fury over grant\n\nHousing Secretary Jane Smith has announced a £200 million fund to help councils." + later,
			[]said{{"Housing Secretary Jane Smith has announced a £200 million fund to help councils.", "Jane Smith"}, {"recovery grant", "Jane Smith"}},
			"Jane Smith"},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var got []said
		for _, c := range d.Record.Claims {
			got = append(got, said{c.Quote, c.Speaker.Name})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) claims mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		if got := d.Record.Packages[0].AnnouncedBy.Name; got != tt.announcer {
			t.Errorf("%s: DraftRecord(%q) announcer = %q, want %q", tt.name, tt.article, got, tt.announcer)
		}
	}
}
