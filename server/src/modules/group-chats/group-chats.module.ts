import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module.js';
import { GroupChatsController } from './group-chats.controller.js';

@Module({ imports: [ClientsModule], controllers: [GroupChatsController] })
export class GroupChatsModule {}
