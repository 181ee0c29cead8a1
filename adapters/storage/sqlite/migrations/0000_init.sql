CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`key_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`created_at` text NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_key_hash_unique` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE TABLE `audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text,
	`action` text NOT NULL,
	`pack_id` text,
	`version` text,
	`outcome` text NOT NULL,
	`detail` text,
	CONSTRAINT "audit_action_check" CHECK("audit"."action" in ('draft', 'publish', 'refuse', 'key-create'))
);
--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`pack_id` text NOT NULL,
	`pack_version` text NOT NULL,
	`content_hash` text NOT NULL,
	`chain` text NOT NULL,
	`as_of` text,
	`lang` text NOT NULL,
	`request` text NOT NULL,
	`determination` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `decisions_pack_idx` ON `decisions` (`pack_id`,`pack_version`);--> statement-breakpoint
CREATE TABLE `pack_versions` (
	`pack_id` text NOT NULL,
	`version` text NOT NULL,
	`jurisdiction_code` text NOT NULL,
	`status` text NOT NULL,
	`document` text NOT NULL,
	`content_hash` text NOT NULL,
	`effective_from` text,
	`created_at` text NOT NULL,
	`published_at` text,
	`source` text NOT NULL,
	`created_by` text,
	PRIMARY KEY(`pack_id`, `version`),
	CONSTRAINT "pack_versions_status_check" CHECK("pack_versions"."status" in ('draft', 'published')),
	CONSTRAINT "pack_versions_source_check" CHECK("pack_versions"."source" in ('shipped', 'api'))
);
