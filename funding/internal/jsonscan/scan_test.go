package jsonscan

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// readers returns ways of reading doc: whole, a byte at a time, and with
// the data in memory.
func readers(doc string) map[string]*Scanner {
	return map[string]*Scanner{
		"reader":   NewReader(strings.NewReader(doc)),
		"one byte": NewReader(iotest.OneByteReader(strings.NewReader(doc))),
		"half":     NewReader(iotest.HalfReader(strings.NewReader(doc))),
		"memory":   New([]byte(doc)),
	}
}

// dump reads any value and writes what the Scanner saw, for comparison.
func dump(s *Scanner, out *strings.Builder) error {
	switch s.Peek() {
	case '{':
		out.WriteString("{")
		return s.Object(func(key []byte) error {
			out.WriteString(string(key) + ":")
			if err := dump(s, out); err != nil {
				return err
			}
			out.WriteString(string(key) + ";") // the key is still valid
			return nil
		})
	case '[':
		out.WriteString("[")
		return s.Array(func(i int) error { return dump(s, out) })
	case '"':
		str, err := s.String()
		out.WriteString("s=" + str + ";")
		return err
	case 't', 'f':
		out.WriteString("bool;")
		return s.Skip()
	case 'n':
		if !s.Null() {
			return errors.New("want null")
		}
		out.WriteString("null;")
		return nil
	}
	n, err := s.Number()
	out.WriteString("n=" + string(n) + ";")
	return err
}

func TestScanner(t *testing.T) {
	long := strings.Repeat("é", 70_000) // longer than the buffer
	tests := []struct {
		doc, want string
	}{
		{`{"a":1,"b":[true,false,null],"c":{"d":"e"}}`, `{a:n=1;a;b:[bool;bool;null;b;c:{d:s=e;d;c;`},
		{` [ -0.5e+10 , 0 , 12.25E-3 ] `, `[n=-0.5e+10;n=0;n=12.25E-3;`},
		{`"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"`, "s=\"\\/\b\f\n\r\té😀;"},
		{`"\ud800x"`, "s=\ufffdx;"},
		{`"\ud800\u0041"`, "s=\ufffdA;"},
		{"\"a\xffb\"", "s=a\ufffdb;"},
		{`{"` + long + `":"` + long + `"}`, `{` + long + `:s=` + long + `;` + long + `;`},
		{`{}`, `{`},
		{`[]`, `[`},
	}
	for _, tt := range tests {
		for name, s := range readers(tt.doc) {
			var out strings.Builder
			if err := dump(s, &out); err != nil {
				t.Errorf("%s: dump(%.40q) error: %v", name, tt.doc, err)
				continue
			}
			if err := s.End(); err != nil {
				t.Errorf("%s: End() after %.40q: %v", name, tt.doc, err)
			}
			if diff := cmp.Diff(tt.want, out.String()); diff != "" {
				t.Errorf("%s: dump(%.40q) (-want +got)\n%.400s", name, tt.doc, diff)
			}
		}
	}
}

func TestScannerErrors(t *testing.T) {
	tests := []struct {
		doc string
		at  int64
	}{
		{`{"a" 1}`, 5},
		{`{"a":1,}`, 7},
		{`[1 2]`, 3},
		{`"abc`, 4},
		{"\"a\x01\"", 2},
		{`"\x"`, 1},
		{`"\u12g4"`, 3},
		{`01`, 1},
		{`-`, 1},
		{`1.`, 2},
		{`1e`, 2},
		{`tru`, 0},
		{`nul`, 0},
		{`{1:2}`, 1},
		{strings.Repeat("[", MaxDepth+1), MaxDepth},
	}
	for _, tt := range tests {
		for name, s := range readers(tt.doc) {
			err := s.Skip()
			if err == nil {
				err = s.End()
			}
			var se *SyntaxError
			if !errors.As(err, &se) || se.Offset != tt.at {
				t.Errorf("%s: Skip(%q) error = %v, want a SyntaxError at %d", name, tt.doc, err, tt.at)
			}
		}
	}
	if err := New([]byte(`1 2`)).Skip(); err != nil {
		t.Errorf("Skip(1 2) error: %v", err)
	}
	s := New([]byte(`1 2`))
	s.Skip()
	if err := s.End(); err == nil {
		t.Error("End() after 1 of `1 2` = nil")
	}
}

func TestScannerRaw(t *testing.T) {
	doc := `[{"x": [1, "two", {"three": null}]}, ` + `"` + strings.Repeat("z", 100_000) + `"]`
	for name, s := range readers(doc) {
		var raws []string
		err := s.Array(func(int) error {
			raw, err := s.Raw()
			raws = append(raws, string(raw))
			return err
		})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := []string{`{"x": [1, "two", {"three": null}]}`, `"` + strings.Repeat("z", 100_000) + `"`}
		if diff := cmp.Diff(want, raws); diff != "" {
			t.Errorf("%s: Raw (-want +got)\n%.300s", name, diff)
		}
	}
}

func TestScannerReadError(t *testing.T) {
	boom := errors.New("boom")
	s := NewReader(io.MultiReader(strings.NewReader(`{"a":`), iotest.ErrReader(boom)))
	err := s.Skip()
	if !errors.Is(err, boom) {
		t.Errorf("Skip over a failing reader: error %v, want boom", err)
	}
}

// emptyReader returns no data and no error, forever.
type emptyReader struct{}

func (emptyReader) Read([]byte) (int, error) { return 0, nil }

func TestScannerNoProgress(t *testing.T) {
	if err := NewReader(emptyReader{}).Skip(); !errors.Is(err, io.ErrNoProgress) {
		t.Errorf("Skip over a reader that never returns data: error %v, want io.ErrNoProgress", err)
	}
}

func TestAppendString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{"q\"b\\", `"q\"b\\"`},
		{"\n\r\t\x01\x1f", `"\n\r\t\u0001\u001f"`},
		{"£ é 😀", `"£ é 😀"`},
		{"\u2028\u2029", `"\u2028\u2029"`},
		{"a\xffb", "\"a\ufffdb\""},
		{"<&>", `"<&>"`},
	}
	for _, tt := range tests {
		got := string(AppendString(nil, tt.in))
		if got != tt.want {
			t.Errorf("AppendString(%q) = %s, want %s", tt.in, got, tt.want)
		}
		var back string
		if err := json.Unmarshal([]byte(got), &back); err != nil || (back != tt.in && !strings.Contains(tt.in, "\xff")) {
			t.Errorf("json.Unmarshal(%s) = %q, %v, want %q", got, back, err, tt.in)
		}
	}
}

func FuzzScanner(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5e3,"x\u00e9",true,null]}`, `[`, `"\ud800"`, `-0`, `{"":{}}`, "\"\xff\""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// The Scanner accepts what encoding/json accepts, at any read size,
		// except for nesting deeper than MaxDepth.
		for _, s := range []*Scanner{New(data), NewReader(iotest.OneByteReader(bytes.NewReader(data)))} {
			err := s.Skip()
			if err == nil {
				err = s.End()
			}
			if err != nil && strings.Contains(err.Error(), "nested too deeply") {
				return
			}
			if valid := json.Valid(data); valid != (err == nil) {
				t.Fatalf("Skip(%q) error = %v, but json.Valid = %t", data, err, valid)
			}
		}
		// Strings decode as encoding/json decodes them.
		if json.Valid(data) && len(data) > 0 && bytes.TrimSpace(data)[0] == '"' {
			var want string
			json.Unmarshal(data, &want)
			got, err := NewReader(iotest.OneByteReader(bytes.NewReader(data))).String()
			if err != nil || got != want {
				t.Fatalf("String(%q) = %q, %v, want %q", data, got, err, want)
			}
		}
	})
}
