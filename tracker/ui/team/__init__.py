"""A register shared by a team: conflicts, the change history (修改记录), read-only mode."""
