<nonexistent-entry-xyz>
