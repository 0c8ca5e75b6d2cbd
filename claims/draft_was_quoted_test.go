package claims

import "testing"

// TestWasQuoted checks that "X was quoted", with no agent, ends a sentence
// naming X as one whose words the article gives: a pronoun after it takes
// X up, not the one who spoke before; "was quoted" with more after it
// ("was quoted in a report") is no speech.
func TestWasQuoted(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker | quote"
	}{
		{"was quoted",
			"Title\nThe scheme is worth £1.9m.\nOn Friday, Mr Givan said 90 organisations would be funded. In an unusual step, the hall's treasurer, William Strange was quoted.\nHe said the funding was “a great boost for our hall.”\n",
			[]string{"Givan | 90 organisations would be funded", "William Strange | a great boost for our hall."}},
		{"is quoted",
			"Title\nThe scheme is worth £1.9m.\nOn Friday, Mr Givan said 90 organisations would be funded. In the release, hall treasurer William Strange is quoted.\nHe said the funding was “a great boost for our hall.”\n",
			[]string{"Givan | 90 organisations would be funded", "William Strange | a great boost for our hall."}},
		{"was quoted in a report",
			"Title\nThe scheme is worth £1.9m.\nOn Friday, Mr Givan said 90 organisations would be funded. William Strange was quoted in a report.\nHe said the funding was “a great boost for our hall.”\n",
			[]string{"Givan | 90 organisations would be funded", "Givan | a great boost for our hall."}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
