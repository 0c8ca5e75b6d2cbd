package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// TestPublisherPost checks that a speaker named only by a post in a
// public body's release is of the publisher DraftRecordFrom is given, and
// that in a news outlet's report, or with no publisher, the post is of the
// placeholder organisation still.
func TestPublisherPost(t *testing.T) {
	const release = "Schools get £10m more\n\nSchools will get £10m more next year, it was announced today.\n\n" +
		"Turning to the detail the Education Minister said: “Schools were facing a £10million cut next year.”\n"
	tests := []struct {
		name, article string
		src           funding.Source
		want          funding.Person
	}{
		{"a department's release", release,
			funding.Source{Publisher: "Department of Education"},
			funding.Person{Role: "Education Minister", Org: "Department of Education"}},
		{"a news report", release,
			funding.Source{Publisher: "Belfast Telegraph"},
			funding.Person{Role: "Education Minister", Org: unknownSpeaker}},
		{"no publisher", release,
			funding.Source{},
			funding.Person{Role: "Education Minister", Org: unknownSpeaker}},
	}
	for _, tt := range tests {
		d, err := DraftRecordFrom(tt.article, tt.src)
		if err != nil {
			t.Fatalf("%s: DraftRecordFrom: %v", tt.name, err)
		}
		checkDraft(t, tt.article, d)
		var got funding.Person
		for _, c := range d.Record.Claims {
			if c.Speaker.Role != "" {
				got = c.Speaker
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecordFrom(%q, %+v) speaker (-want +got):\n%s", tt.name, tt.article, tt.src, diff)
		}
	}
}

// TestPublicBodyName checks which publishers' names are a public body's.
func TestPublicBodyName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Department of Education", true},
		{"Welsh Government", true},
		{"Southend-on-Sea City Council", true},
		{"Home Office", true},
		{"Wessex Police and Crime Commissioner", true},
		{"Belfast Telegraph", false},
		{"BBC News", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := publicBodyName(tt.name); got != tt.want {
			t.Errorf("publicBodyName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
