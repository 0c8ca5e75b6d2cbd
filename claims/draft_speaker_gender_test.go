package claims

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPostGenderSpeaker checks that a gendered post straight before a
// name ("spokeswoman Jo Bloggs") tells whom a later "she" is: the person
// so named in the paragraph before the quotation, not another of no
// gender known who spoke before her; a post of no gender leaves the
// pronoun to the last speaker, as before.
func TestPostGenderSpeaker(t *testing.T) {
	const first = "Council leader Sam Green said: “We have done our best for the town.”\n\n"
	tests := []struct {
		name, article string
		want          []string
	}{
		{"a spokeswoman named in the paragraph before",
			first + "The Green Party's housing spokeswoman Rhian Price was unimpressed.\n\n“It is far too little, far too late,” she said.",
			[]string{"Sam Green", "Rhian Price"}},
		{"a chairwoman",
			first + "The trust's chairwoman Alex Moore disagreed.\n\n“This will not cover the cost of the repairs,” she said.",
			[]string{"Sam Green", "Alex Moore"}},
		{"a spokesman, he",
			first + "Labour's finance spokesman Robin Hale was scathing.\n\n“It is a con,” he said.",
			[]string{"Sam Green", "Robin Hale"}},
		{"a post of no gender leaves her to the last speaker",
			first + "The opposition leader Rhian Price was unimpressed.\n\n“It is far too little, far too late,” she said.",
			[]string{"Sam Green", "Sam Green"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = append(got, q.claim.Speaker.Name)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: speakers of quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}

// TestPostGender checks the gender a post straight before a name gives.
func TestPostGender(t *testing.T) {
	tests := []struct {
		text, name string
		want       byte
	}{
		{"finance spokeswoman Heledd Fychan", "Heledd Fychan", 'f'},
		{"Chairwoman Jo Bloggs", "Jo Bloggs", 'f'},
		{"the party's spokesman John Smith", "John Smith", 'm'},
		{"council leader Jo Bloggs", "Jo Bloggs", 0},
		{"chairman Jo Bloggs", "Jo Bloggs", 0},
		{"a spokeswoman,  Jo Bloggs", "Jo Bloggs", 0},
		{"Jo Bloggs", "Jo Bloggs", 0},
	}
	for _, tt := range tests {
		at := strings.LastIndex(tt.text, tt.name)
		if got := postGender(tt.text, at); got != tt.want {
			t.Errorf("postGender(%q, %d) = %q, want %q", tt.text, at, got, tt.want)
		}
	}
}
