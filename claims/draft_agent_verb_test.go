package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftPublishedBy checks that the body a sentence whose subject is
// the money names after "published by" ("Details of the £4.2 billion
// settlement … have been published by the Welsh Government") announces
// the package and speaks that sentence's claim, as after "announced by";
// and that "published" with no agent names no one: invented articles.
func TestDraftPublishedBy(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // the package's announcer, then each claim's speaker
	}{
		{"published by a body",
			"Councils' £4.2bn settlement published\n\nDetails of the £4.2 billion funding settlement for councils next year have been published by the Welsh Government.\n",
			[]string{"Welsh Government", "Welsh Government"}},
		{"published by a person",
			"Councils' £4.2bn settlement published\n\nDetails of the £4.2 billion funding settlement for councils next year have been published by Finance Minister Ann Price.\n",
			[]string{"Ann Price", "Ann Price"}},
		{"published with no agent",
			"Councils' £4.2bn settlement published\n\nDetails of the £4.2 billion funding settlement for councils next year have been published today.\n",
			[]string{""}},
	} {
		d := checkedDraft(t, tc.text)
		a := d.Record.Packages[0].AnnouncedBy
		got := []string{a.Name + a.Org}
		for _, c := range d.Record.Claims {
			got = append(got, c.Speaker.Name+c.Speaker.Org)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: announcer and speakers of DraftRecord(%q) (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}
