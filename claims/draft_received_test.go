package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftReceivedEarlier checks that money a recipient received
// before the article, a verb of receiving in the past after "previously",
// "already" or "earlier" ("Leeds Homes previously received £2 million
// …"), is a package of its own beside the one announced, where money a
// recipient will receive is the package's.
func TestDraftReceivedEarlier(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string // the packages' headlines
	}{
		{"previously received",
			"Homes fund\n\nThe council has made £20 million available in loans to build homes.\n\nLeeds Homes previously received £2 million in loan funding towards land in Holbeck.",
			[]string{"£20 million", "£2 million"}},
		{"was already awarded",
			"Homes fund\n\nThe council has made £20 million available in loans to build homes.\n\nLeeds Homes was already awarded £2 million for land in Holbeck.",
			[]string{"£20 million", "£2 million"}},
		{"will receive, a share",
			"Homes fund\n\nThe council has made £20 million available in loans to build homes.\n\nLeeds Homes will receive £2 million in loan funding towards land in Holbeck.",
			[]string{"£20 million"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}

// TestDraftFollowsOther checks that money a sentence opening "This was
// followed by" gives, straight after a sentence whose money is a package
// of its own, is the next package of its own; after the announced
// package's money it is no package apart.
func TestDraftFollowsOther(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string // the packages' headlines
	}{
		{"after money received before",
			"Homes fund\n\nThe council has made £20 million available in loans to build homes.\n\n" +
				"Leeds Homes previously received £2 million in loan funding towards land in Holbeck.\n\n" +
				"This was followed by £5 million in grant funding to build 50 homes.",
			[]string{"£20 million", "£2 million", "£5 million"}},
		{"after the package's own money",
			"Homes fund\n\nThe council has made £20 million available in loans to build homes.\n\n" +
				"This was followed by £5 million in grant funding to build 50 homes.",
			[]string{"£20 million"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}

// TestDraftGivenUpToNow checks that money a sentence opening on a time
// that runs up to now ("Since April", "Over the past year") gives in the
// past is a package of its own beside the one announced, with no
// allocation to those the sentence names; money the sentence will give is
// not.
func TestDraftGivenUpToNow(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string // the packages' headlines
		allocations   int      // of all packages
	}{
		{"over the past year, provided",
			"Councils fund\n\nThe Housing Secretary, Ann Price, today confirmed £300 million for councils.\n\nOver the past year, the government has worked with councils and provided more than £9 billion to support them and their residents.",
			[]string{"£300 million", "more than £9 billion"}, 0},
		{"since April, given",
			"Councils fund\n\nThe Housing Secretary, Ann Price, today confirmed £300 million for councils.\n\nSince April the government has provided £4 billion to councils.",
			[]string{"£300 million", "£4 billion"}, 0},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		d, err := DraftRecord(tt.article)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tt.article, err)
		}
		n := 0
		for _, p := range d.Record.Packages {
			n += len(p.Allocations)
		}
		if n != tt.allocations {
			t.Errorf("%s: DraftRecord(%q) drafts %d allocations, want %d", tt.name, tt.article, n, tt.allocations)
		}
	}
}
