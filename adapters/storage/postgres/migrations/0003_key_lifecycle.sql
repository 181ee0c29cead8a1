ALTER TABLE "audit" DROP CONSTRAINT "audit_action_check";--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "expires_at" text;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "rotated_at" text;--> statement-breakpoint
ALTER TABLE "audit" ADD CONSTRAINT "audit_action_check" CHECK ("audit"."action" in ('draft', 'publish', 'refuse', 'key-create', 'key-revoke', 'key-rotate'));