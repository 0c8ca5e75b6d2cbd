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
		var elem func(raw []byte) error
		switch key {
		case "packages":
			elem = appendStrict(&r.Packages)
		case "events":
			elem = appendStrict(&r.Events)
		case "claims":
			elem = appendStrict(&r.Claims)
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
		if err := decodeArray(name, data, dec, key, elem, &errs); err != nil {
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
// element that elem cannot read. null is an empty array. It returns an
// error only for an array it cannot read on through.
func decodeArray(name string, data []byte, dec *json.Decoder, key string, elem func([]byte) error, errs *locatedErrors) error {
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
			*errs = append(*errs, explain(name, data, start, key+"["+strconv.Itoa(i)+"]", raw, err)...)
		}
	}
	_, err = dec.Token() // ']'
	return err
}

// appendStrict returns the function that decodes an element of an array
// strictly and appends it to *dst, whether or not it could be read, so
// that the record keeps one element for each in the file.
func appendStrict[T any](dst *[]T) func(raw []byte) error {
	return func(raw []byte) error {
		var v T
		err := strict(raw, &v)
		*dst = append(*dst, v)
		return err
	}
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
	var uf *claims.UnknownFieldError
	if i, start, elem, cause, ok := badAssertion(raw, err); ok && !errors.As(err, &uf) {
		// The assertion's own decoder saw only the assertion: explain its
		// error there.
		return explainOne(func(off int) location { return at(start + off) }, path+".assertions["+strconv.Itoa(i)+"]", elem, cause)
	}
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

// badAssertion returns, for err from claims' Assertions.UnmarshalJSON on
// the claim raw, the index of the first assertion it cannot read, the
// offset in raw where that assertion starts, its bytes, and the error its
// decoder gave, with Assertions.UnmarshalJSON's wrapping taken off: a
// *json.UnmarshalTypeError there has its offset and field in the
// assertion, not in the claim.
func badAssertion(raw []byte, err error) (int, int, []byte, error, bool) {
	var pe *claims.ParseError
	if !errors.As(err, &pe) || pe.Func != "Assertions.UnmarshalJSON" {
		return 0, 0, nil, nil, false
	}
	start := findPath(raw, []step{{name: "assertions"}})
	dec := json.NewDecoder(bytes.NewReader(raw[start:]))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return 0, 0, nil, nil, false
	}
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
			return i, off, elem, cause, true
		}
	}
	return 0, 0, nil, nil, false
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
