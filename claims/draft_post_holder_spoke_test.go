package claims

import "testing"

// TestPostHolderSpoke checks that a speaker named only by a post the
// article has given one person ("the SDLP leader said …" after "SDLP
// leader Colum Eastwood") is that person speaking there, even in a
// sentence that is no claim: a pronoun after it takes them up, not one
// named between. A post no one holds leaves the pronoun as before.
func TestPostHolderSpoke(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker | quote"
	}{
		{"the post's holder",
			"Title\nSDLP leader Colum Eastwood says Paul Givan should come clean on the £1.9m scheme.\nMr Strange said the hall would receive £24,700 under the scheme.\nHowever, the SDLP leader said his party had concerns from the start.\n“It seemed that GAA clubs could not apply,” he said.\n",
			[]string{"Colum Eastwood | Paul Givan should come clean on the £1.9m scheme", "Strange | the hall would receive £24,700 under the scheme",
				"Colum Eastwood | It seemed that GAA clubs could not apply"}},
		{"a post no one holds",
			"Title\nSDLP leader Colum Eastwood says Paul Givan should come clean on the £1.9m scheme.\nMr Strange said the hall would receive £24,700 under the scheme.\nHowever, the party treasurer said his party had concerns from the start.\n“It seemed that GAA clubs could not apply,” he said.\n",
			[]string{"Colum Eastwood | Paul Givan should come clean on the £1.9m scheme", "Strange | the hall would receive £24,700 under the scheme",
				"Strange | It seemed that GAA clubs could not apply"}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
