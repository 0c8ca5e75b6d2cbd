package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// decodeRecord reads data, the contents of the file called name, as a
// claims.Record: an object with the arrays "packages", "events" and
// "claims", each element in the JSON form of funding.Package, claims.Event
// or claims.Claim. Unknown fields are errors, so that a misspelt key is not
// silently lost. A file that is not well-formed JSON gets a *locatedError
// at the byte where it goes wrong; otherwise every value that cannot be
// read is reported, in file order, as locatedErrors, each naming the file,
// line and column and, where it can, the JSON path of the value at fault
// down to the field ("packages[0].allocations[1].count").
//
// It decodes the arrays an element at a time, so that it knows where each
// element starts: encoding/json gives the offset of syntax and type errors,
// but not of the errors that the record's own types return for a value
// they cannot read (a misspelt novelty, a date of 30 February).
func decodeRecord(name string, data []byte) (claims.Record, error) {
	var r claims.Record
	if !json.Valid(data) {
		return r, syntaxError(name, data)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return r, &locatedError{locate(name, data, valueStart(data, 0)),
			`want a JSON object with "packages", "events" and "claims"`}
	}
	seen := map[string]bool{}
	var errs locatedErrors
	for dec.More() {
		keyOff := valueStart(data, int(dec.InputOffset()))
		tok, err := dec.Token()
		if err != nil {
			return r, &locatedError{locate(name, data, keyOff), err.Error()}
		}
		key, _ := tok.(string)
		if seen[key] {
			return r, &locatedError{locate(name, data, keyOff), fmt.Sprintf("%s: given twice", key)}
		}
		seen[key] = true
		var elem, probe func(raw []byte) error
		switch key {
		case "packages":
			elem, probe = appendStrict(&r.Packages)
		case "events":
			elem, probe = appendStrict(&r.Events)
		case "claims":
			elem, probe = appendStrict(&r.Claims)
		case "prices", "priceSource":
			// The price index and its source are objects, read whole.
			start := valueStart(data, int(dec.InputOffset()))
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return r, &locatedError{locate(name, data, start), err.Error()}
			}
			var err error
			if key == "prices" {
				err = strict(raw, &r.Prices)
			} else {
				err = strict(raw, &r.PriceSource)
			}
			if err != nil {
				errs = append(errs, explain(name, data, start, key, raw, err)...)
			}
			continue
		default:
			return r, &locatedError{locate(name, data, keyOff),
				fmt.Sprintf(`unknown field %q: want "packages", "events", "claims", "prices" or "priceSource"`, key)}
		}
		if err := decodeArray(name, data, dec, key, elem, probe, &errs); err != nil {
			return r, err
		}
	}
	if len(errs) > 0 {
		return r, errs
	}
	return r, nil
}

// syntaxError returns the error for data that is not valid JSON, at the
// byte where it goes wrong.
func syntaxError(name string, data []byte) error {
	var v any
	err := json.Unmarshal(data, &v)
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return &locatedError{location{file: name}, "invalid JSON"}
	}
	// Offset counts the bytes read, the offending one included; at the
	// end of the input there is no offending byte.
	off := int(se.Offset)
	if off > 0 && off <= len(data) && !strings.HasPrefix(se.Error(), "unexpected end") {
		off--
	}
	return &locatedError{locate(name, data, off), "invalid JSON: " + se.Error()}
}

// decodeArray reads the array of field key from dec, calling elem with the
// bytes of each element, and adds to errs the located errors of each
// element that elem cannot read, asking probe of the element's fields one
// at a time (see fieldByField). null is an empty array. It returns an
// error only for an array it cannot read on through.
func decodeArray(name string, data []byte, dec *json.Decoder, key string, elem, probe func([]byte) error, errs *locatedErrors) error {
	start := valueStart(data, int(dec.InputOffset()))
	tok, err := dec.Token()
	if err != nil {
		return &locatedError{locate(name, data, start), err.Error()}
	}
	if tok == nil {
		return nil
	}
	if tok != json.Delim('[') {
		if d, ok := tok.(json.Delim); ok && d == '{' {
			return &locatedError{locate(name, data, start), key + ": want an array, not an object"}
		}
		return &locatedError{locate(name, data, start), fmt.Sprintf("%s: want an array, not %v", key, tok)}
	}
	for i := 0; dec.More(); i++ {
		start := valueStart(data, int(dec.InputOffset()))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return &locatedError{locate(name, data, start), err.Error()}
		}
		if err := elem(raw); err != nil {
			*errs = append(*errs, fieldByField(name, data, start, key+"["+strconv.Itoa(i)+"]", raw, err, probe)...)
		}
	}
	_, err = dec.Token() // ']'
	return err
}

// appendStrict returns the function that decodes an element of an array
// strictly and appends it to *dst, whether or not it could be read, so
// that the record keeps one element for each in the file, and the function
// that decodes a part of such an element the same way and keeps nothing.
func appendStrict[T any](dst *[]T) (elem, probe func(raw []byte) error) {
	elem = func(raw []byte) error {
		*dst = append(*dst, *new(T))
		return strict(raw, &(*dst)[len(*dst)-1])
	}
	probe = func(raw []byte) error { return strict(raw, new(T)) }
	return elem, probe
}

// fieldByField turns err, from decoding raw, the element at path that
// starts at byte base of data, into located errors, one for each of its
// fields that probe cannot read alone. encoding/json stops at the first
// error a claim's or an event's field returns, so that decoding the
// element whole tells of one problem; a package's decoder reports them
// all itself. It falls back to explain for the whole element if no field
// fails alone, or if raw is not an object.
func fieldByField(name string, data []byte, base int, path string, raw []byte, err error, probe func([]byte) error) []*locatedError {
	if len(fieldErrors(err)) > 0 {
		return explain(name, data, base, path, raw, err)
	}
	var out []*locatedError
	for _, f := range objectFields(raw) {
		// The field alone, as an object: its bytes as they are in raw,
		// so that an offset in part is one in raw, less one for the '{'.
		part := append(append([]byte{'{'}, raw[f.start:f.end]...), '}')
		if e := probe(part); e != nil {
			out = append(out, explain(name, data, base+f.start-1, path, part, e)...)
		}
	}
	if len(out) == 0 {
		return explain(name, data, base, path, raw, err)
	}
	return out
}

// A field is the bytes of one member of a JSON object, from its key's
// opening quote to the end of its value.
type field struct{ start, end int }

// objectFields returns the members of the JSON object raw in order, or
// none if raw is not an object it can read through.
func objectFields(raw []byte) []field {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	var out []field
	for dec.More() {
		start := valueStart(raw, int(dec.InputOffset()))
		if _, err := dec.Token(); err != nil {
			return nil
		}
		if err := skipValue(dec); err != nil {
			return nil
		}
		out = append(out, field{start, int(dec.InputOffset())})
	}
	return out
}

// strict decodes raw into v, refusing fields that v does not have.
func strict(raw []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// explain turns err, from decoding raw, the element at path that starts at
// byte base of data, into located errors as precise as err allows: one for
// each field a package could not read, or one for the element.
func explain(name string, data []byte, base int, path string, raw []byte, err error) []*locatedError {
	at := func(off int) location { return locate(name, data, base+off) }
	if fes := fieldErrors(err); len(fes) > 0 {
		out := make([]*locatedError, len(fes))
		for i, fe := range fes {
			steps := parsePath(fe.Path)
			in := findPath(raw, steps)
			if last := steps[len(steps)-1]; last.name != "" && errors.Is(fe.Err, funding.ErrSyntax) && strings.Contains(fe.Err.Error(), "unknown field") {
				// An unknown field: at its key, in the object it is in.
				in = findPath(raw, steps[:len(steps)-1])
				in += findKey(raw[in:], last.name)
			}
			// A value that its type could not read: at its words.
			for _, pe := range parseErrors(fe.Err) {
				if off, ok := findString(raw[in:], pe.input, pe.offset); ok {
					in += off
					break
				}
			}
			out[i] = &locatedError{at(in), path + "." + fe.Path + ": " + fe.Err.Error()}
		}
		return out
	}
	var uf *claims.UnknownFieldError
	if bad := badAssertions(raw, err); len(bad) > 0 && !errors.As(err, &uf) {
		// Each assertion's own decoder saw only the assertion: explain
		// its error there.
		out := make([]*locatedError, len(bad))
		for k, b := range bad {
			out[k] = explainOne(func(off int) location { return at(b.start + off) }, path+".assertions["+strconv.Itoa(b.index)+"]", b.raw, b.err)
		}
		return out
	}
	return []*locatedError{explainOne(at, path, raw, err)}
}

// fieldErrors returns the *funding.FieldErrors that err joins, if it is
// nothing else: the problems of a package's fields.
func fieldErrors(err error) []*funding.FieldError {
	var fe *funding.FieldError
	if errors.As(err, &fe) && fe == err {
		return []*funding.FieldError{fe}
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return nil
	}
	var out []*funding.FieldError
	for _, e := range j.Unwrap() {
		fes := fieldErrors(e)
		if fes == nil {
			return nil
		}
		out = append(out, fes...)
	}
	return out
}

// explainOne turns err, from decoding raw, the element at path whose
// offsets at locates, into one *locatedError.
func explainOne(at func(int) location, path string, raw []byte, err error) *locatedError {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			path += "." + te.Field
		}
		return &locatedError{at(literalStart(raw, int(te.Offset))),
			fmt.Sprintf("%s: want %s, not a JSON %s", path, describe(te.Type), te.Value)}
	}
	if field, ok := unknownField(err); ok {
		off := findKey(raw, field)
		return &locatedError{at(off), fmt.Sprintf("%s: unknown field %q", join(path, pathAt(raw, off)), field)}
	}
	var uf *claims.UnknownFieldError
	if errors.As(err, &uf) {
		// The key in the assertion that package claims names.
		in := findPath(raw, parsePath(uf.Path))
		return &locatedError{at(in + findKey(raw[in:], uf.Field)), path + "." + uf.Error()}
	}
	// A value that one of the record's types could not read: find its
	// words in the element, innermost error first.
	for _, pe := range parseErrors(err) {
		if off, ok := findString(raw, pe.input, pe.offset); ok {
			return &locatedError{at(off), join(path, pathAt(raw, off)) + ": " + pe.err.Error()}
		}
	}
	return &locatedError{at(0), path + ": " + message(err)}
}

// A badAssertion is an assertion of a claim that its decoder cannot read:
// its index, the offset in the claim where it starts, its bytes, and the
// error its decoder gave, with Assertions.UnmarshalJSON's wrapping taken
// off, so that a *json.UnmarshalTypeError there has its offset and field
// in the assertion, not in the claim.
type badAssertion struct {
	index, start int
	raw          []byte
	err          error
}

// badAssertions returns, for err from claims' Assertions.UnmarshalJSON on
// the claim raw, every assertion it cannot read, in order.
func badAssertions(raw []byte, err error) []badAssertion {
	var pe *claims.ParseError
	if !errors.As(err, &pe) || pe.Func != "Assertions.UnmarshalJSON" {
		return nil
	}
	start := findPath(raw, []step{{name: "assertions"}})
	dec := json.NewDecoder(bytes.NewReader(raw[start:]))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil
	}
	var out []badAssertion
	for i := 0; dec.More(); i++ {
		off := start + valueStart(raw[start:], int(dec.InputOffset()))
		var elem json.RawMessage
		if dec.Decode(&elem) != nil {
			break
		}
		var as claims.Assertions
		if e := json.Unmarshal(append(append([]byte{'['}, elem...), ']'), &as); e != nil {
			// The cause is the element's error without the path that
			// Assertions.UnmarshalJSON adds ("...: assertions[0]"),
			// which the located error gives in full.
			cause := e
			if errors.As(e, &pe) {
				cause = pe.Err
				if inner := errors.Unwrap(cause); inner != nil {
					cause = inner
				}
			}
			out = append(out, badAssertion{i, off, elem, cause})
		}
	}
	return out
}

// describe says in words what JSON a Go type is read from. It repeats
// funding's unexported jsonKind, which funding's errors already use ("want
// a string, not a JSON number"): claims' Claim and Event are read by
// encoding/json, whose errors name a Go type ("of type funding.Date"), and
// the example may use only the exported API. A pointer is read from what
// its element is.
func describe(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	}
	return t.String()
}

// literalStart returns the offset of the start of the JSON scalar that ends
// at byte end of raw: encoding/json reports type errors there.
func literalStart(raw []byte, end int) int {
	end = max(0, min(end, len(raw)))
	if end > 0 && raw[end-1] == '"' {
		for i := end - 2; i >= 0; i-- {
			if raw[i] == '"' && (i == 0 || raw[i-1] != '\\') {
				return i
			}
		}
		return end
	}
	i := end
	for i > 0 && strings.IndexByte("+-.0123456789eEtruefalsn", raw[i-1]) >= 0 {
		i--
	}
	return valueStart(raw, i)
}

// unknownField returns the field named in encoding/json's error for an
// unknown field, found anywhere in err's chain.
func unknownField(err error) (string, bool) {
	const marker = `json: unknown field `
	msg := err.Error()
	i := strings.Index(msg, marker)
	if i < 0 {
		return "", false
	}
	field, err := strconv.QuotedPrefix(msg[i+len(marker):])
	if err != nil {
		return "", false
	}
	field, err = strconv.Unquote(field)
	return field, err == nil
}

// findKey returns the offset in raw of the first object key named field,
// or 0 if there is none.
func findKey(raw []byte, field string) int {
	quoted, _ := json.Marshal(field)
	for i := 0; ; {
		j := bytes.Index(raw[i:], quoted)
		if j < 0 {
			return 0
		}
		k := i + j + len(quoted)
		if rest := bytes.TrimLeft(raw[k:], " \t\r\n"); len(rest) > 0 && rest[0] == ':' {
			return i + j
		}
		i = k
	}
}

// findString returns the offset in raw of the words s that a parser could
// not read, if they occur exactly once: of their offset'th byte if they are
// written as they are (a JSON string without escapes, or JSON text such as
// an amount's), otherwise of the opening quote of the JSON string holding
// them.
func findString(raw []byte, s string, offset int) (int, bool) {
	for _, form := range []string{`"` + s + `"`, s} {
		if strings.HasPrefix(form, `""`) || form == "" {
			continue
		}
		if bytes.Count(raw, []byte(form)) == 1 {
			i := bytes.Index(raw, []byte(form)) + max(0, min(offset, len(s)))
			if form[0] == '"' && s[0] != '"' {
				i++
			}
			return i, true
		}
	}
	quoted, err := json.Marshal(s)
	if err == nil && bytes.Count(raw, quoted) == 1 {
		return bytes.Index(raw, quoted), true
	}
	return 0, false
}

// A parseFailure is what the ParseError of any of the module's packages
// says: the text it could not read, where in it, and the error.
type parseFailure struct {
	input  string
	offset int
	err    error
}

// parseErrors returns the parse errors in err's chain, innermost first.
func parseErrors(err error) []parseFailure {
	var out []parseFailure
	var walk func(error)
	walk = func(e error) {
		switch pe := e.(type) {
		case *funding.ParseError:
			out = append(out, parseFailure{pe.Input, pe.Offset, pe})
		case *currency.ParseError:
			out = append(out, parseFailure{pe.Input, pe.Offset, pe})
		case *claims.ParseError:
			out = append(out, parseFailure{pe.Input, pe.Offset, pe})
		}
		switch u := e.(type) {
		case interface{ Unwrap() error }:
			if next := u.Unwrap(); next != nil {
				walk(next)
			}
		case interface{ Unwrap() []error }:
			for _, next := range u.Unwrap() {
				walk(next)
			}
		}
	}
	walk(err)
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// message returns the words of err, without the JSON of a whole package or
// list of assertions that the record's decoders quote.
func message(err error) string {
	var fe *funding.ParseError
	if errors.As(err, &fe) && strings.HasSuffix(fe.Func, "UnmarshalJSON") && fe.Err != nil {
		return fe.Err.Error()
	}
	var ce *claims.ParseError
	if errors.As(err, &ce) && strings.HasSuffix(ce.Func, "UnmarshalJSON") && ce.Err != nil {
		return ce.Err.Error()
	}
	return err.Error()
}
