"""The organisation editor: tables of units, majors, courses, people and classes."""
