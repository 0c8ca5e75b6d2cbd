package funding

import (
	"encoding"
	"encoding/json"
	"errors"
	"testing"
)

// enum is what every enumeration type in the package offers.
type enum interface {
	String() string
	encoding.TextMarshaler
}

func TestEnumsRoundTrip(t *testing.T) {
	type parser func(string) (enum, error)
	tests := []struct {
		name  string
		all   []enum
		parse parser
	}{
		{"Novelty", []enum{NoveltyUnknown, New, Extension, Reannouncement, Reallocation},
			func(s string) (enum, error) { return ParseNovelty(s) }},
		{"Kind", []enum{KindUnknown, Services, Development, Inquiry, Research, Capital},
			func(s string) (enum, error) { return ParseKind(s) }},
		{"Status", []enum{StatusUnknown, Matches, WithinWording, Unitemised, OverAllocated, Partial, Overlaps},
			func(s string) (enum, error) { return ParseStatus(s) }},
		{"Likeness", []enum{LikenessUnknown, Alike, Unlike},
			func(s string) (enum, error) { return ParseLikeness(s) }},
		{"Relation", []enum{RelationUnknown, TopsUp, Replaces, Reannounces},
			func(s string) (enum, error) { return ParseRelation(s) }},
	}
	for _, tt := range tests {
		for _, v := range tt.all {
			b, err := v.MarshalText()
			if err != nil || string(b) != v.String() {
				t.Errorf("%s %v MarshalText() = %q, %v", tt.name, v, b, err)
			}
			got, err := tt.parse(v.String())
			if err != nil || got != v {
				t.Errorf("Parse%s(%q) = %v, %v, want %v", tt.name, v.String(), got, err, v)
			}
		}
		if _, err := tt.parse("new money?"); !errors.Is(err, ErrSyntax) {
			t.Errorf("Parse%s(%q) error = %v, want ErrSyntax", tt.name, "new money?", err)
		}
		if _, err := tt.parse(""); !errors.Is(err, ErrSyntax) {
			t.Errorf("Parse%s(\"\") error = %v, want ErrSyntax", tt.name, err)
		}
	}
}

func TestEnumNames(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{Reannouncement.String(), "re-announcement"},
		{Novelty(9).String(), "Novelty(9)"},
		{Kind(-1).String(), "Kind(-1)"},
		{Status(7).String(), "Status(7)"},
		{Likeness(3).String(), "Likeness(3)"},
		{OverAllocated.String(), "over-allocated"},
		{WithinWording.String(), "within wording"},
		{Extension.Describe(), "an extension of existing funding"},
		{NoveltyUnknown.Describe(), "not stated"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, v := range []enum{Novelty(9), Kind(9), Status(9), Likeness(9)} {
		if _, err := v.MarshalText(); !errors.Is(err, ErrRange) {
			t.Errorf("%v.MarshalText() error = %v, want ErrRange", v, err)
		}
	}
}

func TestParseNoveltyVariants(t *testing.T) {
	tests := []struct {
		in   string
		want Novelty
	}{
		{"NEW", New},
		{"new money", New},
		{"Extension", Extension},
		{"reannouncement", Reannouncement},
		{"re-announcement", Reannouncement},
		{"re-allocation", Reallocation},
		{"unknown", NoveltyUnknown},
	}
	for _, tt := range tests {
		if got, err := ParseNovelty(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseNovelty(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestEnumsJSON(t *testing.T) {
	type rec struct {
		N Novelty  `json:"n"`
		K Kind     `json:"k"`
		S Status   `json:"s"`
		L Likeness `json:"l"`
		Y Year     `json:"y"`
	}
	in := rec{Reannouncement, Inquiry, OverAllocated, Unlike, FiscalYear(2016).Year()}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"n":"re-announcement","k":"inquiry","s":"over-allocated","l":"unlike","y":"2016-17"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out rec
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("json.Unmarshal(%s) = %+v, %v, want %+v", b, out, err, in)
	}
	for _, bad := range []string{`{"n":"x"}`, `{"k":"x"}`, `{"s":"x"}`, `{"l":"x"}`, `{"y":"x"}`} {
		if err := json.Unmarshal([]byte(bad), &out); !errors.Is(err, ErrSyntax) {
			t.Errorf("json.Unmarshal(%s) error = %v, want ErrSyntax", bad, err)
		}
	}
}
