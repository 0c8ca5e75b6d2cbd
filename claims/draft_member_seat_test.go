package claims

import "testing"

// TestMemberSeat checks that a member named by their seat after "the"
// ("The Foyle MLA said") is the one heard in the claim before, though the
// article gives them another post; a post that is no member's rank ("The
// minister said") is not taken to be theirs.
func TestMemberSeat(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker | quote"
	}{
		{"a seat",
			"Title\nSDLP leader Colum Eastwood says Paul Givan should come clean on the £1.9m scheme.\nThe Foyle MLA said a breakdown of recipients was “imperative”.\nLater, Mr Givan said 90 groups would be funded.\n",
			[]string{"Colum Eastwood | Paul Givan should come clean on the £1.9m scheme", "Colum Eastwood | imperative", "Paul Givan | 90 groups would be funded"}},
		{"another post",
			"Title\nSDLP leader Colum Eastwood says Paul Givan should come clean on the £1.9m scheme.\nThe minister said a breakdown of recipients was “coming soon”.\nLater, Mr Givan said 90 groups would be funded.\n",
			[]string{"Colum Eastwood | Paul Givan should come clean on the £1.9m scheme", "Paul Givan | coming soon", "Paul Givan | 90 groups would be funded"}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
