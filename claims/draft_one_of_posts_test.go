package claims

import "testing"

// TestOneOfPostsSpeaker checks that a lede's "One of the region's police
// and crime commissioners says …" is the holder of that post the body
// names later, in initials too ("Humberside PCC Matthew Grove").
func TestOneOfPostsSpeaker(t *testing.T) {
	tests := []saidCase{
		{"the post in initials later",
			"ONE of the region’s police and crime commissioners says his force will have to make £1m in extra savings next year.\n\nHumberside PCC Matthew Grove said the announcement meant another £1m in savings would be needed.",
			[]said{
				{"his force will have to make £1m in extra savings next year", "Matthew Grove", ""},
				{"the announcement meant another £1m in savings would be needed", "Matthew Grove", ""},
			}},
		{"the post in words later",
			"One of Scotland's council leaders says the £5m cut will close 12 libraries.\n\nFife Council leader Jo Bell said: “We cannot cope with this cut.”",
			[]said{
				{"the £5m cut will close 12 libraries", "Jo Bell", ""},
				{"We cannot cope with this cut.", "Jo Bell", ""},
			}},
	}
	checkSaid(t, tests)
}

// TestOneOfPosts checks the words that name one of a post's holders.
func TestOneOfPosts(t *testing.T) {
	tests := []struct {
		s, want string
	}{
		{"ONE of the region’s police and crime commissioners", "police and crime commissioner"},
		{"One of Scotland's council leaders", "council leader"},
		{"One of the ministers", "minister"},
		{"One of the councils", ""},
		{"One of the town's schools", ""},
	}
	for _, tt := range tests {
		att, _ := oneOfPosts(tt.s, Span{0, len(tt.s)})
		if att.role != tt.want {
			t.Errorf("oneOfPosts(%q) = %q, want %q", tt.s, att.role, tt.want)
		}
	}
}

// TestSpelledPost checks that a post in initials is the post its words
// spell.
func TestSpelledPost(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Humberside PCC", "police and crime commissioner", true},
		{"police and crime commissioner", "PCC", true},
		{"Humberside PCC", "council leader", false},
		{"MSP", "member of the Scottish Parliament", false},
	}
	for _, tt := range tests {
		if got := spelledPost(tt.a, tt.b); got != tt.want {
			t.Errorf("spelledPost(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
