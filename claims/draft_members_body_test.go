package claims

import "testing"

// TestMembersBody checks that members named by a plural noun in lower case
// ("trustees confirmed …") speak as the one body the article names ending
// on that noun ("the Georgian Theatre Royal Trustees"), and that with no
// such body, or two, the words name no one.
func TestMembersBody(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker | quote"
	}{
		{"one body",
			"Title\nThe theatre's repairs cost £5m.\nYesterday trustees confirmed two large awards have been made.\nChairman of the Georgian Theatre Royal Trustees, Lady Crathorne, said everyone would be delighted.\n",
			[]string{"Georgian Theatre Royal Trustees | Yesterday trustees confirmed two large awards have been made."}},
		{"a body of governors",
			"Title\nThe school's repairs cost £5m.\nThe Board of Governors at Hill School met on Monday.\nYesterday governors confirmed two large awards have been made.\n",
			[]string{"Board of Governors | Yesterday governors confirmed two large awards have been made."}},
		{"no body",
			"Title\nThe theatre's repairs cost £5m.\nYesterday trustees confirmed two large awards have been made.\n",
			nil},
		{"two bodies",
			"Title\nThe theatres' repairs cost £5m.\nYesterday trustees confirmed two large awards have been made.\nThe Georgian Theatre Royal Trustees and the Old Vic Trustees met.\n",
			nil},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
