// The WinnowCLITests target is declared in Package.swift; its tests live on the CLI branch.
// This file only lets the package build on the metadata branch until the two merge.
import Testing
