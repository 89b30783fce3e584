import Foundation

/// A JUnit XML report of `winnow check`: one test suite, a test case per sample and format.
struct JUnitReport {
    struct Case {
        /// The sample's name.
        var sample: String
        /// The format compared (text, markdown, html, json).
        var format: String
        var seconds: Double
        /// Why the case failed (nil when it passed), and the details: the diff or the error.
        var failure: (message: String, details: String)?
    }

    var suiteName = "winnow check"
    var cases: [Case] = []

    var failures: Int { cases.filter { $0.failure != nil }.count }

    func xml() -> String {
        let total = cases.reduce(0) { $0 + $1.seconds }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(Self.escape(suiteName))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" time=\"\(Self.seconds(total))\">\n"
        out += "  <testsuite name=\"\(Self.escape(suiteName))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"\(Self.seconds(total))\">\n"
        for c in cases {
            let open = "    <testcase classname=\"\(Self.escape(c.sample))\" name=\"\(Self.escape(c.format))\" time=\"\(Self.seconds(c.seconds))\""
            if let failure = c.failure {
                out += open + ">\n"
                out += "      <failure message=\"\(Self.escape(failure.message))\" type=\"mismatch\">"
                out += Self.escape(failure.details) + "</failure>\n"
                out += "    </testcase>\n"
            } else {
                out += open + "/>\n"
            }
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

    /// Escapes text for XML content and attribute values; characters XML 1.0 does not allow
    /// become U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
