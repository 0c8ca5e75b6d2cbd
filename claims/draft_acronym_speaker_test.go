package claims

import "testing"

// TestAcronymSpeaker checks that a body speaking by an acronym the article
// spells out in brackets ("the British Hospitality Association (BHA)") is
// named in full, and one the article never spells out by the acronym.
func TestAcronymSpeaker(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker | quote"
	}{
		{"spelt out before",
			"Title\nThe British Hospitality Association (BHA) has asked for help.\nBHA said the £29m would create 2,000 jobs.\n",
			[]string{"British Hospitality Association | the £29m would create 2,000 jobs"}},
		{"spelt out with a post after it",
			"Title\nLocal Government Association (LGA) chair Jo Bell spoke.\nThe LGA said councils face a £2bn gap.\n",
			[]string{"Local Government Association | councils face a £2bn gap"}},
		{"never spelt out",
			"Title\nThe BHA has asked for help.\nBHA said the £29m would create 2,000 jobs.\n",
			[]string{"BHA | the £29m would create 2,000 jobs"}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
