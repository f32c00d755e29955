-- Issue 17 item 5: an attachment the minutes name with a web address keeps it, so pages and OParl link to it.
ALTER TABLE agenda_item_attachment ADD COLUMN url VARCHAR(2000);
