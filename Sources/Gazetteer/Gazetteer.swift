// The Gazetteer module: see Package.swift for its role.
