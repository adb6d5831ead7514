-- Erasure on request (privacy): when a person's account was erased (its personal data removed,
-- its learning history kept under the anonymous account for the reports), and the completion
-- records whose holder's name was erased with it (they stay verifiable without the name).
ALTER TABLE account ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE completion_record ADD COLUMN holder_erased_at TIMESTAMP WITH TIME ZONE;
