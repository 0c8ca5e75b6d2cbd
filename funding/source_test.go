package funding

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestSourceCitation(t *testing.T) {
	published := MustDate(2016, time.November, 28)
	tests := []struct {
		name string
		s    Source
		want string
	}{
		{"zero", Source{}, ""},
		{"all", Source{Title: "Release", Publisher: "MOPAC", Published: published, URL: "https://example.org/r"},
			"Release, MOPAC, 28 November 2016, https://example.org/r"},
		{"no publisher", Source{Title: "Release", Published: published}, "Release, 28 November 2016"},
		{"no date", Source{Title: "Release", Publisher: "MOPAC"}, "Release, MOPAC"},
		{"URL only", Source{URL: "https://example.org/r"}, "https://example.org/r"},
		{"date only", Source{Published: published}, "28 November 2016"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.s.Citation()); diff != "" {
			t.Errorf("%s: Citation() (-want +got)\n%s", tt.name, diff)
		}
	}
}
