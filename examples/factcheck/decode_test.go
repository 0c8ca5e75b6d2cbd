package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParsePath(t *testing.T) {
	tests := []struct {
		in   string
		want []step
	}{
		{"claims[3].assertions[1].package", []step{{name: "claims"}, {index: 3}, {name: "assertions"}, {index: 1}, {name: "package"}}},
		{"packages[0]. allocations[1]. amount", []step{{name: "packages"}, {index: 0}, {name: "allocations"}, {index: 1}, {name: "amount"}}},
		{"a[1][2]", []step{{name: "a"}, {index: 1}, {index: 2}}},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, parsePath(tt.in), cmp.AllowUnexported(step{})); diff != "" {
			t.Errorf("parsePath(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestFindPath(t *testing.T) {
	data := []byte("{\n  \"claims\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"quote\": \"£2m\", \"assertions\": [{\"kind\": \"count\"}]}\n  ]\n}\n")
	tests := []struct {
		path string
		want string // location in the file
	}{
		{"claims", "f:2:13"},
		{"claims[1]", "f:4:5"},
		{"claims[1].quote", "f:4:26"},
		{"claims[1].assertions[0].kind", "f:4:57"},
		{"claims[1].respondsTo", "f:4:5"}, // missing: the claim
		{"claims[7].id", "f:2:13"},        // missing: the array
		{"nothing", "f:1:1"},
	}
	for _, tt := range tests {
		if got := locate("f", data, findPath(data, parsePath(tt.path))).String(); got != tt.want {
			t.Errorf("findPath(%q) is at %s, want %s", tt.path, got, tt.want)
		}
	}
}

func TestLocate(t *testing.T) {
	data := []byte("ab\n£cd\n")
	tests := []struct {
		off  int
		want string
	}{
		{0, "f:1:1"},
		{3, "f:2:1"},
		{5, "f:2:2"}, // after "£", two bytes but one character
		{-1, "f:1:1"},
		{99, "f:3:1"},
	}
	for _, tt := range tests {
		if got := locate("f", data, tt.off).String(); got != tt.want {
			t.Errorf("locate(%d) = %s, want %s", tt.off, got, tt.want)
		}
	}
}

func TestPathAt(t *testing.T) {
	data := []byte(`{"id": "c", "assertions": [{"kind": "count"}, {"kind": "stated-amount", "figure": "lots"}], "date": "x"}`)
	tests := []struct {
		at   string // the text whose first byte is asked about
		want string
	}{
		{`"c"`, "id"},
		{`lots`, "assertions[1].figure"},
		{`"figure"`, "assertions[1].figure"},
		{`{"kind": "count"}`, "assertions[0]"},
		{`"date"`, "date"},
		{`{"id"`, ""},
	}
	for _, tt := range tests {
		off := strings.Index(string(data), tt.at)
		if got := pathAt(data, off); got != tt.want {
			t.Errorf("pathAt(%q) = %q, want %q", tt.at, got, tt.want)
		}
	}
	if got := join("claims[0]", "assertions[1].figure"); got != "claims[0].assertions[1].figure" {
		t.Errorf("join = %q", got)
	}
	if got := join("claims", "[2]"); got != "claims[2]" {
		t.Errorf("join = %q", got)
	}
}
