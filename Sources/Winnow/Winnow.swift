/// The library's namespace for facts about Winnow itself.
public enum Winnow {
    /// The version of Winnow, as `winnow --version` prints it (semantic versioning).
    public static let version = "0.1.0"
}
